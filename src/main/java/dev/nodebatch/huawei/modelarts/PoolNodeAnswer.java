package dev.nodebatch.huawei.modelarts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.TargetOutcome;

/**
 * What a 200 batch-update answer says about each node. The provider answers 200 even when nodes failed, in one of
 * two documented shapes; both are read, together if an answer carries both. A node named as succeeded is SUCCEEDED,
 * as failed FAILED, named in neither (or in both) UNKNOWN: the call went through, but not what became of the node.
 */
final class PoolNodeAnswer {

    static final String NODE_REPORTED_FAILED = "NODEBATCH.NODE_REPORTED_FAILED";
    static final String NODE_NOT_IN_ANSWER = "NODEBATCH.NODE_NOT_IN_ANSWER";
    static final String NODE_REPORTED_TWICE = "NODEBATCH.NODE_REPORTED_BOTH_WAYS";
    private static final String SUCCESS = "success";

    /** Per node name: the word the answer used for it ({@code success}, or how it failed). */
    private final Map<String, String> succeeded = new HashMap<>();
    private final Map<String, String> failed = new HashMap<>();
    private final String requestId;

    PoolNodeAnswer(BatchUpdatePoolNodesResponse answer, String requestId) {
        this.requestId = requestId;
        Optional.ofNullable(answer.successNodeNames()).orElse(List.of())
                .forEach(name -> succeeded.put(name, SUCCESS));
        Optional.ofNullable(answer.failNodeNames()).orElse(List.of())
                .forEach(name -> failed.put(name, "listed in failNodeNames"));
        Optional.ofNullable(answer.nodes()).orElse(List.of()).stream()
                .filter(node -> node != null && node.name() != null)
                .forEach(node -> {
                    if (SUCCESS.equalsIgnoreCase(node.status())) {
                        succeeded.put(node.name(), SUCCESS);
                    } else {
                        failed.put(node.name(), "reported with status \"" + node.status() + "\"");
                    }
                });
    }

    TargetOutcome outcome(NodeChange node, int attempts) {
        boolean success = succeeded.containsKey(node.name());
        String failure = failed.get(node.name());
        if (success && failure == null) {
            return TargetOutcome.succeeded(node.name(), attempts, requestId, node.state());
        }
        if (failure != null && !success) {
            return TargetOutcome.failed(node.name(), attempts, requestId, ProviderError.of(
                    ErrorCategory.PROVIDER_ERROR, NODE_REPORTED_FAILED,
                    "ModelArts did not apply " + node.action() + " to this node: " + failure, 200));
        }
        return TargetOutcome.unknown(node.name(), attempts, requestId, success
                ? ProviderError.of(ErrorCategory.PROVIDER_ERROR, NODE_REPORTED_TWICE,
                        "the provider's answer reports this node both succeeded and failed", 200)
                : ProviderError.of(ErrorCategory.PROVIDER_ERROR, NODE_NOT_IN_ANSWER,
                        "the provider accepted the call but did not report this node", 200));
    }
}
