package dev.nodebatch.huawei.dcs;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.BatchOperation;
import dev.nodebatch.batch.CallNotSentException;
import dev.nodebatch.batch.Chunk;
import dev.nodebatch.batch.ChunkCall;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.SettlingRead;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.huawei.HuaweiConfig;
import dev.nodebatch.huawei.HuaweiEndpoints;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * Starts or stops DCS instance nodes, one provider call per instance (DCS v2 nodes/status). The call starts a
 * job and is not safe to repeat: throttling is retried, other faults are not; a lost answer is settled by finding
 * the job in the instance's background tasks ({@link LostSubmitSearch}). Before a stop, an instance without a
 * recent backup is refused unless the input turns the check off ({@link RecentBackupCheck}).
 */
@ApplicationScoped
public class DcsNodesStartStop implements BatchOperation<DcsNodesStartStopInput, NodeTarget> {

    public static final String NAME = "huawei-dcs-nodes-start-stop";
    static final String SERVICE = "dcs";
    // the search for a lost submit's task starts this long before the invocation, for clock skew with the provider
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final HuaweiEndpoints endpoints;
    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final HuaweiConfig config;
    private final ObjectMapper mapper;
    private final Clock clock = Clock.systemUTC();

    public DcsNodesStartStop(HuaweiEndpoints endpoints, HuaweiRestClients clients, ProviderCallGuard guard,
            HuaweiConfig config, ObjectMapper mapper) {
        this.endpoints = endpoints;
        this.clients = clients;
        this.guard = guard;
        this.config = config;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<DcsNodesStartStopInput> inputType() {
        return DcsNodesStartStopInput.class;
    }

    /** An instance or a node listed twice would be two wishes for one thing in one batch. */
    @Override
    public List<InputViolation> check(DcsNodesStartStopInput input) {
        List<InputViolation> violations = new ArrayList<>();
        HuaweiEndpoints.regionProblem(SERVICE, input.cloud, input.region)
                .ifPresent(problem -> violations.add(new InputViolation("region", problem)));
        if (input.instances == null) {
            return violations;
        }
        Map<String, String> instances = new HashMap<>();
        Map<String, String> nodes = new HashMap<>();
        for (int i = 0; i < input.instances.size(); i++) {
            InstanceNodes instance = input.instances.get(i);
            if (instance == null) {
                continue;
            }
            String path = "instances[" + i + "]";
            String first = instance.instanceId == null ? null : instances.putIfAbsent(instance.instanceId, path);
            if (first != null) {
                violations.add(new InputViolation(path + ".instanceId",
                        "duplicate of " + first + ".instanceId: list each instance once"));
            }
            if (instance.nodeIds == null) {
                continue;
            }
            for (int n = 0; n < instance.nodeIds.size(); n++) {
                String nodeId = instance.nodeIds.get(n);
                String nodePath = path + ".nodeIds[" + n + "]";
                String firstNode = nodeId == null ? null : nodes.putIfAbsent(nodeId, nodePath);
                if (firstNode != null) {
                    violations.add(new InputViolation(nodePath, "duplicate of " + firstNode + ": list each node once"));
                }
            }
        }
        return violations;
    }

    @Override
    public List<NodeTarget> targets(DcsNodesStartStopInput input) {
        List<NodeTarget> targets = new ArrayList<>();
        if (input.instances == null) {
            return targets;
        }
        for (InstanceNodes instance : input.instances) {
            if (instance == null) {
                continue;
            }
            if (instance.nodeIds == null) {
                targets.add(new NodeTarget(instance.instanceId, null, input.action));
            } else {
                instance.nodeIds.forEach(nodeId -> targets.add(new NodeTarget(instance.instanceId, nodeId, input.action)));
            }
        }
        return targets;
    }

    @Override
    public String targetId(NodeTarget target) {
        return target.id();
    }

    /** One chunk per instance: DCS starts or stops the nodes of one instance a call. */
    @Override
    public List<Chunk<NodeTarget>> chunks(List<NodeTarget> targets) {
        List<Chunk<NodeTarget>> chunks = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= targets.size(); i++) {
            if (i == targets.size() || !targets.get(i).instanceId().equals(targets.get(from).instanceId())) {
                List<Integer> positions = new ArrayList<>();
                for (int position = from; position < i; position++) {
                    positions.add(position);
                }
                chunks.add(new Chunk<>(positions, targets.subList(from, i)));
                from = i;
            }
        }
        return chunks;
    }

    @Override
    public int defaultConcurrency() {
        return config.maxConcurrency();
    }

    @Override
    public Map<String, Object> plannedChange(NodeTarget target) {
        return target.state();
    }

    @Override
    public ChunkCall<NodeTarget> prepare(DcsNodesStartStopInput input) {
        URI endpoint = endpoints.resolve(SERVICE, input.cloudOrDefault(), input.region);
        return (chunk, deadline) -> new InstanceCall(endpoint, input, deadline).send(chunk.targets());
    }

    @Override
    public Optional<SettlingRead<NodeTarget>> settlingRead(DcsNodesStartStopInput input) {
        URI endpoint = endpoints.resolve(SERVICE, input.cloudOrDefault(), input.region);
        return Optional.of(new LostSubmitSearch(clients, guard, mapper, endpoint, input.projectId,
                clock.instant().minus(CLOCK_SKEW)));
    }

    @Override
    public Optional<JobFollower> follower(DcsNodesStartStopInput input) {
        URI endpoint = endpoints.resolve(SERVICE, input.cloudOrDefault(), input.region);
        return Optional.of(new DcsJobFollower(clients, guard, endpoint, input.projectId));
    }

    /** The start/stop of one instance's targets: the backup precondition where it applies, then one submit. */
    private final class InstanceCall {

        private final URI endpoint;
        private final DcsNodesStartStopInput input;
        private final Deadline deadline;

        InstanceCall(URI endpoint, DcsNodesStartStopInput input, Deadline deadline) {
            this.endpoint = endpoint;
            this.input = input;
            this.deadline = deadline;
        }

        List<TargetOutcome> send(List<NodeTarget> targets) {
            String instanceId = targets.get(0).instanceId();
            AtomicInteger tries = new AtomicInteger();
            try {
                DcsApi api = clients.client(DcsApi.class, endpoint);
                if (input.checksBackups()) {
                    Optional<List<TargetOutcome>> refused = precondition(api, instanceId, targets);
                    if (refused.isPresent()) {
                        return refused.get();
                    }
                }
                NodeStatusChangeRequest body = new NodeStatusChangeRequest(targets.get(0).wholeInstance() ? null
                        : targets.stream().map(NodeTarget::nodeId).toList(), input.action.toString());
                SubmittedJob job = guard.call(clients.endpoint(endpoint), false, deadline, tries,
                        () -> SubmittedJob.of(clients.exchangeRaw(
                                () -> api.changeNodesStatus(input.projectId, instanceId, body), deadline), mapper));
                return targets.stream().map(target -> TargetOutcome.submitted(target.id(), tries.get(),
                        job.requestId(), job.jobId(), target.state())).toList();
            } catch (ProviderCallException e) {
                return targets.stream().map(target -> TargetOutcome.ofFailure(target.id(), tries.get(), e)).toList();
            }
        }

        /**
         * The targets' outcomes when the instance may not be stopped now, or when the reads to tell failed: nothing
         * was sent for them, so they are FAILED (with the reason, or the read's error) or SKIPPED.
         */
        private Optional<List<TargetOutcome>> precondition(DcsApi api, String instanceId, List<NodeTarget> targets) {
            Optional<ProviderError> refusal;
            try {
                refusal = new RecentBackupCheck(api, clients.endpoint(endpoint), guard, clients, mapper,
                        input.projectId, clock).refusal(instanceId, deadline);
            } catch (CallNotSentException e) {
                return Optional.of(targets.stream().map(target -> TargetOutcome.skipped(target.id(), e.reason()))
                        .toList());
            } catch (ProviderCallException e) {
                return Optional.of(targets.stream()
                        .map(target -> TargetOutcome.failed(target.id(), 0, e.requestId(), e.error())).toList());
            }
            return refusal.map(reason -> targets.stream()
                    .map(target -> TargetOutcome.failed(target.id(), 0, null, reason)).toList());
        }
    }
}
