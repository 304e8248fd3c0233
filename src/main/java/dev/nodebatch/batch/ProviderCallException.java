package dev.nodebatch.batch;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A provider call that did not succeed: the normalized error, the provider's request id, whether the request
 * may have reached the provider, whether one of its attempts got no answer at all (so that it may still take
 * effect), the wait the provider asked for, and the rate limit it named when it throttled. The message never
 * carries credentials.
 */
public class ProviderCallException extends RuntimeException {

    private final ProviderError error;
    private final String requestId;
    private final boolean maybeApplied;
    private final Duration retryAfter;
    private final Double statedLimit;
    private final boolean answerLost;

    public ProviderCallException(ProviderError error, String requestId, boolean maybeApplied, Duration retryAfter,
            Throwable cause) {
        this(error, requestId, maybeApplied, retryAfter, null, false, cause);
    }

    private ProviderCallException(ProviderError error, String requestId, boolean maybeApplied, Duration retryAfter,
            Double statedLimit, boolean answerLost, Throwable cause) {
        super(error.category() + " " + error.code() + ": " + error.message(), cause, false, false);
        this.error = error;
        this.requestId = requestId;
        this.maybeApplied = maybeApplied || answerLost;
        this.retryAfter = retryAfter;
        this.statedLimit = statedLimit;
        this.answerLost = answerLost;
    }

    /** A request that was sent and got no answer (a timeout, a lost connection): it may still take effect. */
    public static ProviderCallException unanswered(ProviderError error, Throwable cause) {
        return new ProviderCallException(error, null, true, null, null, true, cause);
    }

    /** The provider answered with an error: nothing was applied, except where the answer was a 5xx. */
    public static ProviderCallException answered(ProviderError error, String requestId, Duration retryAfter) {
        boolean serverFault = error.httpStatus() != null && error.httpStatus() >= 500;
        return new ProviderCallException(error, requestId, serverFault, retryAfter, null);
    }

    /**
     * The provider refused the call for its rate limit and did not process it.
     *
     * @param statedLimit the limit in requests per second the refusal named, or null
     */
    public static ProviderCallException throttled(ProviderError error, String requestId, Duration retryAfter,
            Double statedLimit) {
        return new ProviderCallException(error, requestId, false, retryAfter, statedLimit, false, null);
    }

    /** This failure, as the last of a call one of whose earlier attempts got no answer. */
    ProviderCallException afterUnansweredAttempt() {
        return answerLost ? this
                : new ProviderCallException(error, requestId, true, retryAfter, statedLimit, true, getCause());
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

    /**
     * Whether an attempt of the call got no answer: the request may still be on its way through the provider,
     * so a read that does not find the change yet proves nothing.
     */
    public boolean answerLost() {
        return answerLost;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The rate limit, in requests per second, that the provider named when it throttled the call. */
    public OptionalDouble statedLimit() {
        return statedLimit == null ? OptionalDouble.empty() : OptionalDouble.of(statedLimit);
    }
}
