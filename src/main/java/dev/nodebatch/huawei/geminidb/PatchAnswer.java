package dev.nodebatch.huawei.geminidb;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The 202 answer of a batch patch: per instance a {@code job_id}, or an {@code error_code} with
 * {@code error_message} (not {@code error_msg} as in error bodies).
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchAnswer(@JsonProperty("upgrade_results") List<Result> upgradeResults) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(@JsonProperty("instance_id") String instanceId, @JsonProperty("job_id") String jobId,
            @JsonProperty("error_code") String errorCode, @JsonProperty("error_message") String errorMessage) {
    }

    List<Result> results() {
        return upgradeResults == null ? List.of() : upgradeResults;
    }
}
