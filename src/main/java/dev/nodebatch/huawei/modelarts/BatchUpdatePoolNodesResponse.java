package dev.nodebatch.huawei.modelarts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The batch-update answer, in either documented shape: the SDK's {@code successNodeNames}/{@code failNodeNames},
 * or the reference page example's {@code nodes[{name, status}]}. Unknown fields are ignored.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchUpdatePoolNodesResponse(List<String> successNodeNames, List<String> failNodeNames,
        List<NodeResult> nodes) {

    /** One node's result in the {@code nodes} shape: {@code status} is {@code success} or anything else. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NodeResult(String name, String status) {
    }
}
