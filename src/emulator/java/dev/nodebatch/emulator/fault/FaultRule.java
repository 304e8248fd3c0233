package dev.nodebatch.emulator.fault;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When and how to disturb calls of one operation ({@code "*"} for all).
 *
 * @param count how many matching calls it disturbs before it expires; unlimited when absent
 * @param probability the chance that it disturbs a matching call, drawn from the plan's seeded random; 1 when absent
 * @param latencyMs the delay of {@link FaultType#LATENCY} and {@link FaultType#SLOW} (required for them)
 * @param retryAfterSeconds the {@code Retry-After} of {@link FaultType#THROTTLE}; no header when absent
 * @param status the status of {@link FaultType#ERROR_5XX} and {@link FaultType#APPLIED_THEN_FAILED}, 500 when
 *        absent; for {@link FaultType#THROTTLE}, 503 asks a gateway that has one for its 5xx throttling answer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(String operation, FaultType fault, Integer count, Double probability, Long latencyMs,
        Integer retryAfterSeconds, Integer status) {

    public static final String ANY_OPERATION = "*";

    public FaultRule {
        require(operation != null && !operation.isBlank(), "operation is required");
        require(fault != null, "fault is required");
        require(count == null || count >= 0, "count must be >= 0");
        require(probability == null || (probability >= 0 && probability <= 1), "probability must be within [0, 1]");
        require(latencyMs == null || latencyMs >= 0, "latencyMs must be >= 0");
        require(latencyMs != null || (fault != FaultType.LATENCY && fault != FaultType.SLOW),
                "latencyMs is required for " + fault);
        require(retryAfterSeconds == null || retryAfterSeconds >= 0, "retryAfterSeconds must be >= 0");
        require(status == null || (status >= 500 && status <= 599), "status must be a 5xx status");
    }

    public boolean matches(String operationId) {
        return operation.equals(ANY_OPERATION) || operation.equals(operationId);
    }

    public int statusOr500() {
        return status == null ? 500 : status;
    }

    FaultRule withCount(int remaining) {
        return new FaultRule(operation, fault, remaining, probability, latencyMs, retryAfterSeconds, status);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
