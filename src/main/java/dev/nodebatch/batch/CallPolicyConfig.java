package dev.nodebatch.batch;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retry, circuit-breaker and pacing settings for provider calls. */
@ConfigMapping(prefix = "nodebatch.calls")
public interface CallPolicyConfig {

    Retry retry();

    CircuitBreaker circuitBreaker();

    Pacing pacing();

    interface Retry {
        /**
         * Retries after the first attempt for 5xx answers, timeouts and network faults (of calls safe to repeat).
         * Throttled calls are retried until the deadline, whatever this says.
         */
        @WithDefault("4")
        int maxRetries();

        @WithDefault("200ms")
        Duration baseDelay();

        @WithDefault("10s")
        Duration maxDelay();

        /** The longest {@code Retry-After} honoured; a longer one is cut to this. */
        @WithDefault("30s")
        Duration maxRetryAfter();
    }

    interface CircuitBreaker {
        /** Calls in the rolling window over which the failure ratio is judged. */
        @WithDefault("20")
        int requestVolumeThreshold();

        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before letting a trial call through. */
        @WithDefault("30s")
        Duration delay();
    }

    /** How the request rate adapts, see {@link AdaptiveRateLimiter}; the starting rate is each provider's. */
    interface Pacing {
        /** Requests per second added after each success. */
        @WithDefault("1")
        double increasePerSuccess();

        /** What a throttled call multiplies the rate by. */
        @WithDefault("0.5")
        double decreaseFactor();

        /** The share of a limit stated by the provider that the rate may reach. */
        @WithDefault("0.95")
        double statedLimitShare();

        /** The rate never falls below this, in requests per second. */
        @WithDefault("0.2")
        double minRate();

        /** The rate never rises above this, in requests per second. */
        @WithDefault("1000")
        double maxRate();
    }
}
