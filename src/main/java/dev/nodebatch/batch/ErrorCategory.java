package dev.nodebatch.batch;

/** Provider errors, normalized across providers. */
public enum ErrorCategory {
    INVALID_REQUEST(false),
    NOT_FOUND(false),
    /** The target's current state forbids the change now. */
    CONFLICT(false),
    THROTTLED(true),
    AUTH(false),
    /** The provider answered 5xx, an unreadable body, or the call was held back by an open circuit breaker. */
    PROVIDER_ERROR(true),
    TIMEOUT(true),
    NETWORK(true);

    private final boolean transientFault;

    ErrorCategory(boolean transientFault) {
        this.transientFault = transientFault;
    }

    /** Whether the same call may succeed later. */
    public boolean isTransient() {
        return transientFault;
    }
}
