package dev.nodebatch.emulator.azure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The pools of the emulated Batch account. Nodes move on with the clock: every access first brings each pool to
 * the current time, so a reimage that has ended is final before anyone looks. Thread-safe.
 */
final class BatchPools {

    private List<EmulatedPool> pools = List.of();

    synchronized void replace(List<EmulatedPool> replaced) {
        pools = List.copyOf(replaced);
    }

    synchronized List<EmulatedPool> pools(Instant now) {
        pools = pools.stream().map(pool -> pool.at(now)).toList();
        return pools;
    }

    /** @throws BatchException PoolNotFound */
    synchronized EmulatedPool pool(String poolId, Instant now) {
        return pools(now).stream().filter(pool -> pool.id().equals(poolId)).findFirst()
                .orElseThrow(BatchException::poolNotFound);
    }

    /** @throws BatchException PoolNotFound, NodeNotFound */
    synchronized EmulatedNode node(String poolId, String nodeId, Instant now) {
        return pool(poolId, now).node(nodeId).orElseThrow(BatchException::nodeNotFound);
    }

    /**
     * Accepts a reimage of an {@code idle} or {@code running} node that has none pending.
     *
     * @param fails whether the reimage is to end in {@code starttaskfailed}
     * @throws BatchException PoolNotFound, NodeNotFound, or the state's own code when it forbids a reimage
     */
    synchronized EmulatedNode reimage(String poolId, String nodeId, String option, boolean fails, Instant now) {
        EmulatedPool pool = pool(poolId, now);
        EmulatedNode node = pool.node(nodeId).orElseThrow(BatchException::nodeNotFound);
        if (!(node.state().equals(EmulatedNode.IDLE) || node.state().equals(EmulatedNode.RUNNING))) {
            throw BatchException.stateForbids(node.state());
        }
        if (node.reimage() != null) {
            // accepted with taskcompletion and waiting for the node's tasks
            throw BatchException.stateForbids(EmulatedNode.REIMAGING);
        }
        EmulatedNode reimaged = node.reimaged(option, Duration.ofMillis(pool.reimageDurationMs()), fails, now);
        List<EmulatedNode> nodes = new ArrayList<>(pool.nodes());
        nodes.replaceAll(each -> each.id().equals(nodeId) ? reimaged : each);
        List<EmulatedPool> changed = new ArrayList<>(pools);
        changed.replaceAll(each -> each.id().equals(poolId) ? pool.withNodes(nodes) : each);
        pools = List.copyOf(changed);
        return reimaged;
    }
}
