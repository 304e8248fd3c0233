package dev.nodebatch.batch;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider call that did not succeed: the normalized error, the provider's request id, whether the request
 * may have reached the provider, and the wait the provider asked for. The message never carries credentials.
 */
public class ProviderCallException extends RuntimeException {

    private final ProviderError error;
    private final String requestId;
    private final boolean maybeApplied;
    private final Duration retryAfter;

    public ProviderCallException(ProviderError error, String requestId, boolean maybeApplied, Duration retryAfter,
            Throwable cause) {
        super(error.category() + " " + error.code() + ": " + error.message(), cause, false, false);
        this.error = error;
        this.requestId = requestId;
        this.maybeApplied = maybeApplied;
        this.retryAfter = retryAfter;
    }

    /** The provider answered with an error: nothing was applied, except where the answer was a 5xx. */
    public static ProviderCallException answered(ProviderError error, String requestId, Duration retryAfter) {
        boolean serverFault = error.httpStatus() != null && error.httpStatus() >= 500;
        return new ProviderCallException(error, requestId, serverFault, retryAfter, null);
    }

    public ProviderError error() {
        return error;
    }

    public String requestId() {
        return requestId;
    }

    /** Whether the provider may have applied the change although the call did not succeed. */
    public boolean maybeApplied() {
        return maybeApplied;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
