package dev.nodebatch.azure.batch;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.nodebatch.batch.Acceptor;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.Observation;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.batch.WaitState;

/**
 * Follows reimaged nodes of one pool by the official SDK's reimage poller rules (docs/azure-batch.md): one read of
 * the pool a poll; under way while {@code reimaging}, {@code creating}, {@code starting}, {@code waitingforstarttask},
 * {@code rebooting} or {@code upgradingos}; done on {@code idle} or {@code running}; failed on any other state or
 * when the node is gone. A node still in the {@code idle} or {@code running} state it had when the reimage was sent
 * ({@code sentAt} in the target's state, e.g. a {@code taskcompletion} reimage waiting for tasks) is not observed
 * yet. A pool read that fails otherwise is tried again at the next poll. The target ids are node ids, so
 * {@code job-status} can follow earlier results with it too. Stateless and thread-safe.
 */
public final class AzureNodeFollower implements JobFollower {

    private static final List<Acceptor> ACCEPTORS = List.of(
            Acceptor.onState(WaitState.RETRY, "reimaging", "creating", "starting", "waitingforstarttask", "rebooting",
                    "upgradingos"),
            Acceptor.onState(WaitState.SUCCESS, "idle", "running"),
            Acceptor.onHttpStatus(WaitState.FAILURE, 404),
            Acceptor.onAnyOtherState(WaitState.FAILURE));

    private final PoolNodes pool;

    AzureNodeFollower(PoolNodes pool) {
        this.pool = pool;
    }

    @Override
    public Map<String, Observation> observe(List<TargetOutcome> pending, Deadline deadline) {
        Map<String, ComputeNodeState> nodes;
        try {
            nodes = pool.all(deadline);
        } catch (ProviderCallException e) {
            if (e.error().category() == ErrorCategory.NOT_FOUND) {
                return everyTarget(pending, Observation.unreadable(e.error()));
            }
            throw e;
        }
        Map<String, Observation> seen = new HashMap<>();
        for (TargetOutcome outcome : pending) {
            ComputeNodeState node = nodes.get(outcome.id());
            if (node == null) {
                seen.put(outcome.id(), Observation.unreadable(ProviderError.of(ErrorCategory.NOT_FOUND,
                        "NODEBATCH.NODE_GONE", "the node is no longer in the pool", 404)));
            } else if (!unchangedSinceSent(node, outcome)) {
                seen.put(outcome.id(), Observation.of(node.state(), node.asResultState()));
            }
        }
        return seen;
    }

    @Override
    public List<Acceptor> acceptors() {
        return ACCEPTORS;
    }

    private static boolean unchangedSinceSent(ComputeNodeState node, TargetOutcome outcome) {
        Object sentAt = outcome.state() == null ? null : outcome.state().get("sentAt");
        if (!(sentAt instanceof String text) || !PoolStateCheck.REIMAGEABLE.contains(node.state())) {
            return false;
        }
        try {
            return !node.changedSince(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Map<String, Observation> everyTarget(List<TargetOutcome> pending, Observation observation) {
        Map<String, Observation> seen = new HashMap<>();
        pending.forEach(outcome -> seen.put(outcome.id(), observation));
        return seen;
    }
}
