package dev.nodebatch.batch;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retry and circuit-breaker settings for provider calls. */
@ConfigMapping(prefix = "nodebatch.calls")
public interface CallPolicyConfig {

    Retry retry();

    CircuitBreaker circuitBreaker();

    interface Retry {
        /** Retries after the first attempt. */
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
}
