package dev.nodebatch.azure.batch;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.SettlingRead;

/**
 * Settles a reimage whose answer was lost, or was a 5xx, by reading the node: {@code reimaging}, or any state
 * change since the reimage was first sent, means the reimage is under way (SUBMITTED, settled by the read). Anything
 * else proves nothing (a reimage is not repeated blindly), so the target stays UNKNOWN.
 */
final class NodeReimageSettlingRead implements SettlingRead<ReimageTarget> {

    private final PoolNodes pool;

    NodeReimageSettlingRead(PoolNodes pool) {
        this.pool = pool;
    }

    @Override
    public Map<String, Settlement> read(List<ReimageTarget> targets, Deadline deadline) {
        Map<String, Settlement> found = new HashMap<>();
        ProviderCallException failed = null;
        for (ReimageTarget target : targets) {
            ComputeNodeState node;
            try {
                node = pool.one(target.nodeId(), deadline);
            } catch (ProviderCallException e) {
                failed = e;
                continue;
            }
            boolean underway = "reimaging".equals(node.state())
                    || (target.sentAt() != null && node.changedSince(target.sentAt()));
            if (underway) {
                Map<String, Object> state = new LinkedHashMap<>(node.asResultState());
                state.put("sentAt", target.sentAt().toString());
                found.put(target.nodeId(), Settlement.submitted(null, state));
            }
        }
        if (found.isEmpty() && failed != null) {
            throw failed;
        }
        return found;
    }
}
