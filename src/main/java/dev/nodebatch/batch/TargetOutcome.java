package dev.nodebatch.batch;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What happened to one target. {@code state} is the target's resulting state as the provider reported it
 * (or, in a dry run, the change that would be sent). {@code settledBy} says when the outcome was not told by
 * the call's own answer but established afterwards by reading the target back. {@code answerLost} (not part of
 * the result) says that a request for the target got no answer and may still take effect.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetOutcome(String id, TargetStatus status, Integer attempts, String providerRequestId, String jobId,
        SettledBy settledBy, Map<String, Object> state, ProviderError error, SkipReason reason,
        @JsonIgnore boolean answerLost) {

    public TargetOutcome(String id, TargetStatus status, Integer attempts, String providerRequestId, String jobId,
            SettledBy settledBy, Map<String, Object> state, ProviderError error, SkipReason reason) {
        this(id, status, attempts, providerRequestId, jobId, settledBy, state, error, reason, false);
    }

    public static TargetOutcome succeeded(String id, int attempts, String requestId, Map<String, Object> state) {
        return new TargetOutcome(id, TargetStatus.SUCCEEDED, attempts, requestId, null, null, state, null, null);
    }

    /** Accepted: an asynchronous job or state change is under way. */
    public static TargetOutcome submitted(String id, int attempts, String requestId, String jobId,
            Map<String, Object> state) {
        return new TargetOutcome(id, TargetStatus.SUBMITTED, attempts, requestId, jobId, null, state, null, null);
    }

    public static TargetOutcome failed(String id, int attempts, String requestId, ProviderError error) {
        return new TargetOutcome(id, TargetStatus.FAILED, attempts, requestId, null, null, null, error, null);
    }

    public static TargetOutcome unknown(String id, int attempts, String requestId, ProviderError error) {
        return new TargetOutcome(id, TargetStatus.UNKNOWN, attempts, requestId, null, null, null, error, null);
    }

    public static TargetOutcome skipped(String id, SkipReason reason) {
        return new TargetOutcome(id, TargetStatus.SKIPPED, null, null, null, null, null, null, reason);
    }

    public static TargetOutcome planned(String id, Map<String, Object> change) {
        return new TargetOutcome(id, TargetStatus.PLANNED, null, null, null, null, change, null, null);
    }

    /**
     * The outcome of a call that did not succeed: SKIPPED when it was never sent, UNKNOWN when the provider may
     * have applied it (to be settled by a read where the operation has one), FAILED otherwise.
     */
    public static TargetOutcome ofFailure(String id, int attempts, ProviderCallException failure) {
        if (failure instanceof CallNotSentException notSent) {
            return skipped(id, notSent.reason());
        }
        if (failure.maybeApplied()) {
            return new TargetOutcome(id, TargetStatus.UNKNOWN, attempts, failure.requestId(), null, null, null,
                    failure.error(), null, failure.answerLost());
        }
        return failed(id, attempts, failure.requestId(), failure.error());
    }

    /** This UNKNOWN outcome, settled by a read that found the change in place. */
    public TargetOutcome settledApplied(Map<String, Object> readState) {
        return new TargetOutcome(id, TargetStatus.SUCCEEDED, attempts, providerRequestId, jobId, SettledBy.READ,
                readState, null, null);
    }

    /** This UNKNOWN outcome, settled by a read that found the job the lost submit started. */
    public TargetOutcome settledSubmitted(String foundJobId, Map<String, Object> readState) {
        return new TargetOutcome(id, TargetStatus.SUBMITTED, attempts, providerRequestId, foundJobId, SettledBy.READ,
                readState, null, null);
    }

    /** This UNKNOWN outcome, settled by a read that found the change absent: FAILED with the original error. */
    public TargetOutcome settledNotApplied() {
        return new TargetOutcome(id, TargetStatus.FAILED, attempts, providerRequestId, jobId, SettledBy.READ, null,
                error, null);
    }
}
