package dev.nodebatch.azure.batch;

import java.util.Map;
import java.util.Set;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ProviderCallException;

/**
 * The state pre-check of one invocation: one read of the whole pool, made by the first call that needs it and
 * shared by the others. Only {@code idle} and {@code running} nodes may be reimaged (docs/azure-batch.md).
 * Thread-safe.
 */
final class PoolStateCheck {

    static final Set<String> REIMAGEABLE = Set.of("idle", "running");

    private final PoolNodes pool;
    private Map<String, ComputeNodeState> nodes;
    private ProviderCallException failure;

    PoolStateCheck(PoolNodes pool) {
        this.pool = pool;
    }

    /**
     * @return the pool's nodes by id
     * @throws ProviderCallException the read's failure, the same for every caller
     */
    synchronized Map<String, ComputeNodeState> nodes(Deadline deadline) {
        if (nodes == null && failure == null) {
            try {
                nodes = pool.all(deadline);
            } catch (ProviderCallException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return nodes;
    }
}
