package dev.nodebatch.huawei.modelarts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One page of a pool's nodes, Kubernetes style; only what nodebatch reads. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPoolNodesResponse(Metadata metadata, List<Node> items) {

    /** {@code continue} is present while more nodes follow. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metadata(@JsonProperty("continue") String continueToken, Long remainingItemCount) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Node(NodeMetadata metadata, NodeStatus status) {

        String name() {
            return metadata == null ? null : metadata.name();
        }

        String phase() {
            return status == null ? null : status.phase();
        }
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NodeMetadata(String name) {
    }

    /** {@code phase}: {@code Available}, {@code Creating}, {@code Deleting}, {@code Abnormal} or {@code Checking}. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NodeStatus(String phase, String az, String privateIp) {
    }
}
