package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class AdaptiveRateLimiterTest {

    static final CallPolicyConfig.Pacing POLICY = new CallPolicyConfig.Pacing() {
        @Override
        public double increasePerSuccess() {
            return 1;
        }

        @Override
        public double decreaseFactor() {
            return 0.5;
        }

        @Override
        public double statedLimitShare() {
            return 0.95;
        }

        @Override
        public double minRate() {
            return 0.2;
        }

        @Override
        public double maxRate() {
            return 1000;
        }
    };

    static AdaptiveRateLimiter startingAt(double rate, int burst) {
        return new AdaptiveRateLimiter(new StartingRate(rate, burst), POLICY);
    }

    static void throttle(AdaptiveRateLimiter limiter, Double statedLimit) {
        limiter.onThrottled(System.nanoTime(), Optional.empty(),
                statedLimit == null ? OptionalDouble.empty() : OptionalDouble.of(statedLimit));
    }

    @Test
    void theStartingBurstGoesOutAtOnceAndThenTheRateSpacesCalls() {
        AdaptiveRateLimiter limiter = startingAt(10, 3);

        for (int call = 0; call < 3; call++) {
            assertTrue(limiter.acquire(Duration.ZERO), "call " + call + " of the burst");
        }
        assertFalse(limiter.acquire(Duration.ZERO), "the burst is spent");
        assertTrue(limiter.acquire(Duration.ofMillis(150)), "a permit every 100 ms");
    }

    @Test
    void aThrottleWithoutAStatedLimitHalvesTheRateAndSuccessesRaiseItAgain() {
        AdaptiveRateLimiter limiter = startingAt(40, 40);

        throttle(limiter, null);
        assertEquals(20, limiter.rate(), 1e-9);

        limiter.onSuccess();
        limiter.onSuccess();
        assertEquals(22, limiter.rate(), 1e-9);
    }

    @Test
    void aStatedLimitBecomesTheCeilingWithAMargin() {
        AdaptiveRateLimiter limiter = startingAt(50, 50);

        throttle(limiter, 10.0);
        assertEquals(9.5, limiter.rate(), 1e-9);
        for (int success = 0; success < 20; success++) {
            limiter.onSuccess();
        }
        assertEquals(9.5, limiter.rate(), 1e-9, "never probes above a limit the provider named");
    }

    @Test
    void callsRefusedTogetherLowerTheRateOnce() {
        AdaptiveRateLimiter limiter = startingAt(40, 40);
        long permitted = System.nanoTime();

        for (int refusal = 0; refusal < 4; refusal++) {
            limiter.onThrottled(permitted, Optional.empty(), OptionalDouble.empty());
        }

        assertEquals(20, limiter.rate(), 1e-9);
    }

    @Test
    void afterAThrottleCallsGoOutEvenlySpacedWithoutBursts() throws InterruptedException {
        AdaptiveRateLimiter limiter = startingAt(20, 20);
        throttle(limiter, 40.0);
        Thread.sleep(300);

        assertTrue(limiter.acquire(Duration.ZERO));
        assertFalse(limiter.acquire(Duration.ZERO), "no burst once the provider has throttled");
    }

    @Test
    void aRetryAfterHoldsEveryCallerBack() {
        AdaptiveRateLimiter limiter = startingAt(100, 100);

        limiter.onThrottled(System.nanoTime(), Optional.of(Duration.ofSeconds(2)), OptionalDouble.empty());

        assertFalse(limiter.acquire(Duration.ofMillis(500)));
        assertTrue(limiter.acquire(Duration.ofMillis(2500)));
    }

    @Test
    void theRateNeverFallsBelowTheMinimum() {
        AdaptiveRateLimiter limiter = startingAt(1, 1);

        for (int refusal = 0; refusal < 20; refusal++) {
            throttle(limiter, null);
        }

        assertEquals(0.2, limiter.rate(), 1e-9);
    }

    @Test
    void nonsensicalStartingRatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StartingRate(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new StartingRate(5, 0));
    }
}
