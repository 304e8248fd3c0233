package dev.nodebatch.batch;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What happened to one target. {@code state} is the target's resulting state as the provider reported it
 * (or, in a dry run, the change that would be sent).
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetOutcome(String id, TargetStatus status, Integer attempts, String providerRequestId, String jobId,
        Map<String, Object> state, ProviderError error, SkipReason reason) {

    public static TargetOutcome succeeded(String id, int attempts, String requestId, Map<String, Object> state) {
        return new TargetOutcome(id, TargetStatus.SUCCEEDED, attempts, requestId, null, state, null, null);
    }

    public static TargetOutcome failed(String id, int attempts, String requestId, ProviderError error) {
        return new TargetOutcome(id, TargetStatus.FAILED, attempts, requestId, null, null, error, null);
    }

    public static TargetOutcome unknown(String id, int attempts, String requestId, ProviderError error) {
        return new TargetOutcome(id, TargetStatus.UNKNOWN, attempts, requestId, null, null, error, null);
    }

    public static TargetOutcome skipped(String id, SkipReason reason) {
        return new TargetOutcome(id, TargetStatus.SKIPPED, null, null, null, null, null, reason);
    }

    public static TargetOutcome planned(String id, Map<String, Object> change) {
        return new TargetOutcome(id, TargetStatus.PLANNED, null, null, null, change, null, null);
    }
}
