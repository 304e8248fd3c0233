package dev.nodebatch.batch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/**
 * Exponential backoff with full jitter: before retry n (from 0) it waits a random time in
 * [0, min(maxDelay, baseDelay * 2^n)]. When the provider said how long to wait ({@code Retry-After}) that
 * wait is used instead, capped at {@code maxRetryAfter}. One instance serves one guarded call; not
 * thread-safe.
 */
public final class FullJitterBackoff implements CustomBackoffStrategy {

    private final long baseMillis;
    private final long maxMillis;
    private final long maxRetryAfterMillis;
    private int retries;

    public FullJitterBackoff(Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("Backoff needs 0 <= baseDelay <= maxDelay and maxRetryAfter >= 0");
        }
        this.baseMillis = baseDelay.toMillis();
        this.maxMillis = maxDelay.toMillis();
        this.maxRetryAfterMillis = maxRetryAfter.toMillis();
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        int retry = retries++;
        if (cause instanceof ProviderCallException call && call.retryAfter().isPresent()) {
            return Math.min(call.retryAfter().get().toMillis(), maxRetryAfterMillis);
        }
        long ceiling = retry >= 31 ? maxMillis : Math.min(maxMillis, baseMillis << retry);
        return ThreadLocalRandom.current().nextLong(ceiling + 1);
    }
}
