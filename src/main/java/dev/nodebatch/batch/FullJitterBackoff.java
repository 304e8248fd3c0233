package dev.nodebatch.batch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/**
 * Exponential backoff with full jitter: before fault retry n (from 0) it waits a random time in
 * [0, min(maxDelay, baseDelay * 2^n)]. When the provider said how long to wait ({@code Retry-After}) that
 * wait is used instead, capped at {@code maxRetryAfter}. A throttled call without {@code Retry-After} does not
 * wait here: the pacing limiter spaces it. No wait exceeds the time {@code timeLeft} reports. One instance
 * serves one guarded call; not thread-safe.
 */
public final class FullJitterBackoff implements CustomBackoffStrategy {

    private final long baseMillis;
    private final long maxMillis;
    private final long maxRetryAfterMillis;
    private final Supplier<Duration> timeLeft;
    private int faultRetries;

    public FullJitterBackoff(Duration baseDelay, Duration maxDelay, Duration maxRetryAfter, Supplier<Duration> timeLeft) {
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("Backoff needs 0 <= baseDelay <= maxDelay and maxRetryAfter >= 0");
        }
        this.baseMillis = baseDelay.toMillis();
        this.maxMillis = maxDelay.toMillis();
        this.maxRetryAfterMillis = maxRetryAfter.toMillis();
        this.timeLeft = timeLeft;
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        return Math.max(0, Math.min(timeLeft.get().toMillis(), delayFor(cause)));
    }

    private long delayFor(Throwable cause) {
        if (cause instanceof ProviderCallException call && call.retryAfter().isPresent()) {
            return Math.min(call.retryAfter().get().toMillis(), maxRetryAfterMillis);
        }
        if (cause instanceof ProviderCallException call && call.error().category() == ErrorCategory.THROTTLED) {
            return 0;
        }
        int retry = faultRetries++;
        long ceiling = retry >= 31 ? maxMillis : Math.min(maxMillis, baseMillis << retry);
        return ThreadLocalRandom.current().nextLong(ceiling + 1);
    }
}
