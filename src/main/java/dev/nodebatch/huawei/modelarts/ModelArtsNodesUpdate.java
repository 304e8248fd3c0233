package dev.nodebatch.huawei.modelarts;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import dev.nodebatch.batch.BatchOperation;
import dev.nodebatch.batch.Chunk;
import dev.nodebatch.batch.ChunkCall;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.huawei.HuaweiAnswer;
import dev.nodebatch.huawei.HuaweiCloud;
import dev.nodebatch.huawei.HuaweiConfig;
import dev.nodebatch.huawei.HuaweiEndpoints;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * Switches HA redundancy on or off for ModelArts dedicated resource pool nodes in batches. The provider answers
 * synchronously, per node, inside one 200; the action sets an absolute state, so repeating a call after a 5xx, a
 * timeout or a lost connection is safe and the call guard does.
 */
@ApplicationScoped
public class ModelArtsNodesUpdate implements BatchOperation<ModelArtsNodesUpdateInput, NodeChange> {

    public static final String NAME = "huawei-modelarts-nodes-update";
    static final String SERVICE = "modelarts";
    /**
     * The provider states no limit. 100 keeps a call's body and answer small and bounds what one refused call
     * (a 400 or 403 fails its whole chunk) takes down with it.
     */
    static final int MAX_NODES_PER_CALL = 100;

    private final HuaweiEndpoints endpoints;
    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final HuaweiConfig config;

    public ModelArtsNodesUpdate(HuaweiEndpoints endpoints, HuaweiRestClients clients, ProviderCallGuard guard,
            HuaweiConfig config) {
        this.endpoints = endpoints;
        this.clients = clients;
        this.guard = guard;
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ModelArtsNodesUpdateInput> inputType() {
        return ModelArtsNodesUpdateInput.class;
    }

    @Override
    public List<InputViolation> check(ModelArtsNodesUpdateInput input) {
        List<InputViolation> violations = new ArrayList<>();
        HuaweiEndpoints.regionProblem(SERVICE, input.cloud, input.region)
                .ifPresent(problem -> violations.add(new InputViolation("region", problem)));
        if (input.haRedundantEffect != null && input.action == HaRedundancyAction.CLOSE_HA_REDUNDANT) {
            violations.add(new InputViolation("haRedundantEffect",
                    "applies only to openHaRedundant; leave it out with closeHaRedundant"));
        }
        if (input.nodeNames == null) {
            return violations;
        }
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < input.nodeNames.size(); i++) {
            String name = input.nodeNames.get(i);
            Integer first = name == null ? null : firstSeen.putIfAbsent(name, i);
            if (first != null) {
                violations.add(new InputViolation("nodeNames[" + i + "]",
                        "duplicate of nodeNames[" + first + "]: list each node once"));
            }
        }
        return violations;
    }

    @Override
    public List<NodeChange> targets(ModelArtsNodesUpdateInput input) {
        if (input.nodeNames == null) {
            return List.of();
        }
        return input.nodeNames.stream()
                .map(name -> new NodeChange(name, input.action, input.effectOrDefault())).toList();
    }

    @Override
    public String targetId(NodeChange target) {
        return target.name();
    }

    @Override
    public List<Chunk<NodeChange>> chunks(List<NodeChange> targets) {
        return Chunk.consecutive(targets, MAX_NODES_PER_CALL);
    }

    @Override
    public int defaultConcurrency() {
        return config.maxConcurrency();
    }

    @Override
    public Map<String, Object> plannedChange(NodeChange target) {
        return target.state();
    }

    @Override
    public ChunkCall<NodeChange> prepare(ModelArtsNodesUpdateInput input) {
        URI endpoint = endpoints.resolve(SERVICE, input.cloudOrDefault(), input.region);
        return (chunk, deadline) -> send(endpoint, input, chunk.targets(), deadline);
    }

    /**
     * Follows a pool's nodes by their {@code status.phase}, for {@code job-status}. The batch update itself needs
     * no following: its answer is final.
     */
    public JobFollower follower(HuaweiCloud cloud, String region, String projectId, String poolName) {
        URI endpoint = endpoints.resolve(SERVICE, cloud == null ? HuaweiCloud.HUAWEICLOUD : cloud, region);
        return new PoolNodeFollower(clients, guard, endpoint, projectId, poolName);
    }

    private List<TargetOutcome> send(URI endpoint, ModelArtsNodesUpdateInput input, List<NodeChange> nodes,
            Deadline deadline) {
        AtomicInteger attempts = new AtomicInteger();
        try {
            ModelArtsApi api = clients.client(ModelArtsApi.class, endpoint);
            BatchUpdatePoolNodesRequest body = new BatchUpdatePoolNodesRequest(
                    nodes.stream().map(NodeChange::name).toList(), input.action, input.effectOrDefault());
            PoolNodeAnswer perNode = guard.call(clients.endpoint(endpoint), true, deadline, attempts, () -> {
                HuaweiAnswer answer = clients.exchangeRaw(
                        () -> api.batchUpdatePoolNodes(input.projectId, input.poolName, body), deadline);
                return new PoolNodeAnswer(clients.read(answer, BatchUpdatePoolNodesResponse.class), answer.requestId());
            });
            return nodes.stream().map(node -> perNode.outcome(node, attempts.get())).toList();
        } catch (ProviderCallException failure) {
            return nodes.stream().map(node -> TargetOutcome.ofFailure(node.name(), attempts.get(), failure)).toList();
        }
    }
}
