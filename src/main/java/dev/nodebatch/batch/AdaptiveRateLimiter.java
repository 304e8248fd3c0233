package dev.nodebatch.batch;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;

/**
 * Paces the calls of one credential to one provider endpoint: a token bucket (Bucket4j) whose rate adapts to
 * the provider by additive increase and multiplicative decrease.
 * <ul>
 * <li>A success raises the rate by {@code increasePerSuccess} requests per second, up to the ceiling.</li>
 * <li>A throttled call multiplies it by {@code decreaseFactor} (0.5 by default). When the provider stated its
 * limit (Huawei's gateway does: {@code limit:10,time:1 second}), the rate drops to {@code statedLimitShare}
 * (0.95) of that limit if that is lower, and the stated limit becomes the ceiling, since probing above a limit
 * the provider named only earns refusals. The bucket is emptied so that the refused burst does not repeat.</li>
 * <li>The burst shrinks to what the provider showed it allows. A burst starts with the first permit after a
 * quiet second (time enough for a gateway's bucket of one second's burst to refill); when the first refusal of the
 * burst names the provider's rate {@code r}, the {@code n} calls sent before the refused one within the
 * {@code t} seconds since the burst began (a gateway admits in order of arrival) tell its burst allowance,
 * {@code n - r * t}. Without a named rate the allowance is
 * unknown and calls go out evenly spaced from then on: a steady rate below the provider's limit passes a token
 * bucket of any size.</li>
 * <li>A {@code Retry-After} holds every caller back for that long.</li>
 * </ul>
 * A refusal of a call whose permit was granted before the last decrease does not lower the rate again: calls in
 * flight together are refused together, and one congestion signal must cost one decrease, not one per call.
 * The burst never exceeds one second's worth of the current rate. Thread-safe; {@link #acquire} blocks without
 * holding the limiter's lock.
 */
public final class AdaptiveRateLimiter {

    /** A pause long enough for a gateway's bucket of one second's burst to have refilled. */
    private static final long QUIET_NANOS = Duration.ofSeconds(1).toNanos();

    private final CallPolicyConfig.Pacing policy;
    private int maxBurst;
    private final Bucket bucket;
    private double rate;
    private double ceiling;
    private long permitsGranted;
    private long decreaseFromPermit;
    private long burstStartedAt;
    private long burstFirstPermit;
    private long lastPermitAt;

    public AdaptiveRateLimiter(StartingRate start, CallPolicyConfig.Pacing policy) {
        this.policy = policy;
        this.maxBurst = start.burst();
        this.rate = Math.max(policy.minRate(), start.requestsPerSecond());
        this.ceiling = Math.max(rate, policy.maxRate());
        this.lastPermitAt = System.nanoTime() - Duration.ofDays(1).toNanos();
        this.bucket = Bucket.builder().addLimit(limit -> limit.capacity(burst(rate))
                .refillGreedy(1, interval(rate))).build();
    }

    /**
     * Waits for a permit to send one request.
     *
     * @return the permit's number, to hand to {@link #onThrottled} if the call is refused; -1 when no permit comes
     *         within {@code maxWait} (nothing is taken then)
     */
    public long acquire(Duration maxWait) {
        if (maxWait.isNegative()) {
            return -1;
        }
        boolean permitted;
        if (maxWait.isZero()) {
            permitted = bucket.tryConsume(1);
        } else {
            try {
                permitted = bucket.asBlocking().tryConsume(1, maxWait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                permitted = false;
            }
        }
        return permitted ? grant() : -1;
    }

    /** Numbers a permit; the first after a quiet second starts a burst. */
    private synchronized long grant() {
        long now = System.nanoTime();
        if (now - lastPermitAt >= QUIET_NANOS) {
            burstStartedAt = now;
            burstFirstPermit = permitsGranted;
        }
        lastPermitAt = now;
        return permitsGranted++;
    }

    public synchronized void onSuccess() {
        if (rate < ceiling) {
            reconfigure(Math.min(ceiling, rate + policy.increasePerSuccess()));
        }
    }

    /**
     * @param permit the refused call's permit number, from {@link #acquire}
     * @param retryAfter the wait the provider asked for
     * @param statedLimit the limit in requests per second the provider named in its refusal
     */
    public synchronized void onThrottled(long permit, Optional<Duration> retryAfter, OptionalDouble statedLimit) {
        if (permit < decreaseFromPermit) {
            pause(retryAfter);
            return;
        }
        decreaseFromPermit = permitsGranted;
        maxBurst = statedLimit.isPresent() ? allowance(permit, statedLimit.getAsDouble()) : 1;
        double lowered = rate * policy.decreaseFactor();
        if (statedLimit.isPresent() && statedLimit.getAsDouble() > 0) {
            double share = statedLimit.getAsDouble() * policy.statedLimitShare();
            ceiling = Math.max(policy.minRate(), share);
            lowered = rate > share ? share : lowered;
        }
        reconfigure(Math.max(policy.minRate(), lowered));
        bucket.tryConsumeAsMuchAsPossible();
        pause(retryAfter);
    }

    /** Holds every caller back for the wait the provider asked for. */
    private void pause(Optional<Duration> retryAfter) {
        retryAfter.filter(wait -> !wait.isZero() && !wait.isNegative()).ifPresent(wait -> {
            long owed = Math.max(1, Math.round(wait.toNanos() / 1e9 * rate)) + Math.max(0, bucket.getAvailableTokens());
            bucket.consumeIgnoringRateLimits(owed);
        });
    }

    /**
     * The provider's burst allowance as the current burst showed it: the calls it took before the refused one,
     * less what its rate refilled meanwhile; never more than the burst so far.
     */
    private int allowance(long refusedPermit, double providerRate) {
        long taken = Math.max(0, refusedPermit - burstFirstPermit);
        double seconds = (System.nanoTime() - burstStartedAt) / 1e9;
        return (int) Math.max(1, Math.min(maxBurst, Math.floor(taken - providerRate * seconds)));
    }

    /** The current burst allowance, in requests. */
    public synchronized int burst() {
        return burst(rate);
    }

    /** The current rate in requests per second. */
    public synchronized double rate() {
        return rate;
    }

    private void reconfigure(double newRate) {
        rate = newRate;
        bucket.replaceConfiguration(BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(burst(newRate)).refillGreedy(1, interval(newRate))).build(),
                TokensInheritanceStrategy.AS_IS);
    }

    private int burst(double requestsPerSecond) {
        return (int) Math.max(1, Math.min(maxBurst, Math.floor(requestsPerSecond)));
    }

    private static Duration interval(double requestsPerSecond) {
        return Duration.ofNanos(Math.max(1, Math.round(1e9 / requestsPerSecond)));
    }
}
