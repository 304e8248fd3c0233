package dev.nodebatch.azure.batch;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import dev.nodebatch.azure.AzureConfig;
import dev.nodebatch.azure.AzureRestClients;
import dev.nodebatch.azure.BatchAccountUrls;
import dev.nodebatch.batch.BatchOperation;
import dev.nodebatch.batch.CallNotSentException;
import dev.nodebatch.batch.Chunk;
import dev.nodebatch.batch.ChunkCall;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.SettlingRead;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.batch.TargetStatus;

/**
 * Reimages Azure Batch compute nodes, one call per node (the service has no batch call), after one read of the pool
 * that refuses nodes whose state forbids a reimage before anything is sent. A reimage is not safe to repeat: it is
 * sent as non-idempotent (only throttling is retried), and a lost answer is settled by reading the node.
 */
@ApplicationScoped
public class AzureBatchNodesReimage implements BatchOperation<AzureBatchNodesReimageInput, ReimageTarget> {

    public static final String NAME = "azure-batch-nodes-reimage";

    private final BatchAccountUrls accountUrls;
    private final AzureRestClients clients;
    private final ProviderCallGuard guard;
    private final AzureConfig config;
    private final AzureNodeFollowers followers;

    public AzureBatchNodesReimage(BatchAccountUrls accountUrls, AzureRestClients clients, ProviderCallGuard guard,
            AzureConfig config, AzureNodeFollowers followers) {
        this.accountUrls = accountUrls;
        this.clients = clients;
        this.guard = guard;
        this.config = config;
        this.followers = followers;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<AzureBatchNodesReimageInput> inputType() {
        return AzureBatchNodesReimageInput.class;
    }

    @Override
    public List<InputViolation> check(AzureBatchNodesReimageInput input) {
        List<InputViolation> violations = new ArrayList<>();
        if (input.batchUrl != null) {
            accountUrls.refusal(input.batchUrl)
                    .ifPresent(refusal -> violations.add(new InputViolation("batchUrl", refusal)));
        }
        if (input.nodeIds != null) {
            Map<String, Integer> firstSeen = new HashMap<>();
            for (int i = 0; i < input.nodeIds.size(); i++) {
                String nodeId = input.nodeIds.get(i);
                Integer first = nodeId == null ? null : firstSeen.putIfAbsent(nodeId, i);
                if (first != null) {
                    violations.add(new InputViolation("nodeIds[" + i + "]",
                            "duplicate of nodeIds[" + first + "]: list each node once"));
                }
            }
        }
        return violations;
    }

    @Override
    public List<ReimageTarget> targets(AzureBatchNodesReimageInput input) {
        return input.targets();
    }

    @Override
    public String targetId(ReimageTarget target) {
        return target.nodeId();
    }

    /** One call per node: the service reimages one node at a time. */
    @Override
    public List<Chunk<ReimageTarget>> chunks(List<ReimageTarget> targets) {
        return Chunk.consecutive(targets, 1);
    }

    @Override
    public int defaultConcurrency() {
        return config.maxConcurrency();
    }

    @Override
    public Map<String, Object> plannedChange(ReimageTarget target) {
        return Map.of("reimage", true);
    }

    @Override
    public ChunkCall<ReimageTarget> prepare(AzureBatchNodesReimageInput input) {
        URI batchUrl = account(input);
        PoolNodes pool = followers.pool(batchUrl, input.poolId);
        Optional<PoolStateCheck> check = input.checksState() ? Optional.of(new PoolStateCheck(pool)) : Optional.empty();
        NodeReimageOption option = input.optionOrDefault();
        return (chunk, deadline) -> chunk.targets().stream()
                .map(target -> reimage(batchUrl, input.poolId, option, check, target, deadline)).toList();
    }

    @Override
    public Optional<SettlingRead<ReimageTarget>> settlingRead(AzureBatchNodesReimageInput input) {
        return Optional.of(new NodeReimageSettlingRead(followers.pool(account(input), input.poolId)));
    }

    @Override
    public Optional<JobFollower> follower(AzureBatchNodesReimageInput input) {
        return Optional.of(followers.forPool(account(input), input.poolId));
    }

    private URI account(AzureBatchNodesReimageInput input) {
        return accountUrls.accept(input.batchUrl)
                .orElseThrow(() -> new IllegalStateException("batchUrl was accepted by check()"));
    }

    private TargetOutcome reimage(URI batchUrl, String poolId, NodeReimageOption option, Optional<PoolStateCheck> check,
            ReimageTarget target, Deadline deadline) {
        String nodeId = target.nodeId();
        if (check.isPresent()) {
            Optional<TargetOutcome> refused = refusedByState(check.get(), poolId, nodeId, deadline);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        AtomicInteger attempts = new AtomicInteger();
        try {
            AzureBatchApi api = clients.client(AzureBatchApi.class, batchUrl);
            NodeReimageRequest body = new NodeReimageRequest(option);
            target.markSent(Instant.now());
            AzureRestClients.Answer<Void> answer = guard.call(clients.endpoint(batchUrl), false, deadline, attempts,
                    () -> {
                        clients.authenticate(deadline);
                        return clients.exchange(() -> api.reimage(poolId, nodeId, config.apiVersion(), body), deadline,
                                Void.class);
                    });
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("nodeReimageOption", option.toString());
            state.put("sentAt", target.sentAt().toString());
            return TargetOutcome.submitted(nodeId, attempts.get(), answer.requestId(), null, state);
        } catch (ProviderCallException e) {
            return TargetOutcome.ofFailure(nodeId, attempts.get(), e);
        }
    }

    /**
     * The pre-check's verdict on one node: FAILED (NOT_FOUND, or CONFLICT naming its state) without a call, or
     * empty when it may be reimaged. When the pool read itself failed, nothing is sent: the node is SKIPPED when
     * the read was never sent, else FAILED with the read's error.
     */
    private Optional<TargetOutcome> refusedByState(PoolStateCheck check, String poolId, String nodeId,
            Deadline deadline) {
        Map<String, ComputeNodeState> nodes;
        try {
            nodes = check.nodes(deadline);
        } catch (ProviderCallException e) {
            return Optional.of(e instanceof CallNotSentException notSent ? TargetOutcome.skipped(nodeId, notSent.reason())
                    : TargetOutcome.failed(nodeId, 0, e.requestId(), e.error()));
        }
        ComputeNodeState node = nodes.get(nodeId);
        if (node == null) {
            return Optional.of(TargetOutcome.failed(nodeId, 0, null, ProviderError.of(ErrorCategory.NOT_FOUND,
                    "NODEBATCH.NODE_NOT_IN_POOL", "node " + nodeId + " is not in pool " + poolId, null)));
        }
        if (!PoolStateCheck.REIMAGEABLE.contains(node.state())) {
            return Optional.of(new TargetOutcome(nodeId, TargetStatus.FAILED, 0, null, null, null,
                    node.asResultState(), ProviderError.of(ErrorCategory.CONFLICT, "NODEBATCH.NODE_STATE",
                            "node " + nodeId + " is " + node.state() + "; only idle or running nodes can be reimaged",
                            null),
                    null));
        }
        return Optional.empty();
    }
}
