package dev.nodebatch.huawei.modelarts;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.nodebatch.batch.Acceptor;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.Observation;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderEndpoint;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.batch.WaitState;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * Observes pool nodes by their {@code status.phase}: one read of the pool's node list, all pages
 * (Kubernetes-style {@code continue} tokens, 500 nodes a page), for every pending target at once.
 * {@code Available} is done, {@code Abnormal} and {@code Deleting} are failures, {@code Creating} and
 * {@code Checking} are still under way; a node the pool no longer lists, or a pool that is gone, is a failure.
 * Not thread-safe; one instance per wait.
 */
final class PoolNodeFollower implements JobFollower {

    static final int PAGE_SIZE = 500;
    /** A bound for a provider that keeps handing out tokens: 100 pages are 50,000 nodes. */
    static final int MAX_PAGES = 100;
    static final String NODE_NOT_IN_POOL = "NODEBATCH.NODE_NOT_IN_POOL";

    private static final List<Acceptor> ACCEPTORS = List.of(
            Acceptor.onState(WaitState.SUCCESS, "Available"),
            Acceptor.onState(WaitState.FAILURE, "Abnormal", "Deleting"),
            Acceptor.onHttpStatus(WaitState.FAILURE, 404),
            new Acceptor(observation -> observation.state() == null && observation.error() != null
                    && NODE_NOT_IN_POOL.equals(observation.error().code()), WaitState.FAILURE),
            Acceptor.onAnyOtherState(WaitState.RETRY));

    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final URI endpoint;
    private final String projectId;
    private final String poolName;

    PoolNodeFollower(HuaweiRestClients clients, ProviderCallGuard guard, URI endpoint, String projectId,
            String poolName) {
        this.clients = clients;
        this.guard = guard;
        this.endpoint = endpoint;
        this.projectId = projectId;
        this.poolName = poolName;
    }

    @Override
    public Map<String, Observation> observe(List<TargetOutcome> pending, Deadline deadline) {
        Map<String, Observation> observed = new HashMap<>();
        Map<String, String> phases;
        try {
            phases = phases(deadline);
        } catch (ProviderCallException e) {
            pending.forEach(target -> observed.put(target.id(), Observation.unreadable(e.error())));
            return observed;
        }
        for (TargetOutcome target : pending) {
            String phase = phases.get(target.id());
            observed.put(target.id(), phase != null ? Observation.of(phase, Map.of("phase", phase))
                    : Observation.unreadable(ProviderError.of(ErrorCategory.NOT_FOUND, NODE_NOT_IN_POOL,
                            "pool " + poolName + " lists no node named " + target.id(), null)));
        }
        return observed;
    }

    @Override
    public List<Acceptor> acceptors() {
        return ACCEPTORS;
    }

    /** Every node's phase, by name, reading page after page. */
    private Map<String, String> phases(Deadline deadline) {
        ModelArtsApi api = clients.client(ModelArtsApi.class, endpoint);
        ProviderEndpoint paced = clients.endpoint(endpoint);
        Map<String, String> phases = new HashMap<>();
        Set<String> tokensSeen = new HashSet<>();
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String continueToken = token;
            ListPoolNodesResponse nodes = guard.call(paced, true, deadline, new AtomicInteger(),
                    () -> clients.exchange(() -> api.listPoolNodes(projectId, poolName, PAGE_SIZE, continueToken),
                            deadline, ListPoolNodesResponse.class));
            if (nodes.items() != null) {
                nodes.items().stream().filter(node -> node != null && node.name() != null && node.phase() != null)
                        .forEach(node -> phases.put(node.name(), node.phase()));
            }
            token = nodes.metadata() == null ? null : nodes.metadata().continueToken();
            if (token == null || token.isEmpty() || !tokensSeen.add(token)) {
                break;
            }
        }
        return phases;
    }
}
