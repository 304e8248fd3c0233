package dev.nodebatch.batch;

/**
 * A call that never left this process: the circuit breaker held it back, or no permit to send it came before
 * the deadline. Its targets are {@link TargetStatus#SKIPPED} with {@link #reason()}.
 */
public class CallNotSentException extends ProviderCallException {

    private final SkipReason reason;

    public CallNotSentException(SkipReason reason, String message) {
        super(ProviderError.of(ErrorCategory.PROVIDER_ERROR, "NODEBATCH." + reason, message, null), null, false,
                null, null);
        this.reason = reason;
    }

    public SkipReason reason() {
        return reason;
    }
}
