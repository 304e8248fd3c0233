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

    /** A refusal of the call the next permit (there must be one at once) let out. */
    static void throttle(AdaptiveRateLimiter limiter, Double statedLimit) {
        long permit = limiter.acquire(Duration.ZERO);
        assertTrue(permit >= 0, "a permit for the refused call");
        limiter.onThrottled(permit, Optional.empty(),
                statedLimit == null ? OptionalDouble.empty() : OptionalDouble.of(statedLimit));
    }

    static boolean permitted(AdaptiveRateLimiter limiter, Duration maxWait) {
        return limiter.acquire(maxWait) >= 0;
    }

    @Test
    void theStartingBurstGoesOutAtOnceAndThenTheRateSpacesCalls() {
        AdaptiveRateLimiter limiter = startingAt(10, 3);

        for (int call = 0; call < 3; call++) {
            assertTrue(permitted(limiter, Duration.ZERO), "call " + call + " of the burst");
        }
        assertFalse(permitted(limiter, Duration.ZERO), "the burst is spent");
        assertTrue(permitted(limiter, Duration.ofMillis(150)), "a permit every 100 ms");
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
        long[] permits = new long[4];
        for (int call = 0; call < 4; call++) {
            permits[call] = limiter.acquire(Duration.ZERO);
        }

        for (long permit : permits) {
            limiter.onThrottled(permit, Optional.empty(), OptionalDouble.empty());
        }

        assertEquals(20, limiter.rate(), 1e-9);
    }

    @Test
    void afterAThrottleCallsGoOutEvenlySpacedWithoutBursts() throws InterruptedException {
        AdaptiveRateLimiter limiter = startingAt(20, 20);
        throttle(limiter, 40.0);
        Thread.sleep(300);

        assertTrue(permitted(limiter, Duration.ZERO));
        assertFalse(permitted(limiter, Duration.ZERO), "no burst once the provider has throttled");
    }

    @Test
    void theBurstShrinksToWhatTheProviderTookBeforeItsFirstRefusal() {
        AdaptiveRateLimiter limiter = startingAt(50, 50);
        for (int call = 0; call < 3; call++) {
            assertTrue(permitted(limiter, Duration.ZERO));
        }

        throttle(limiter, 4.0);

        assertEquals(2, limiter.burst(), "three sent before the refused one, less what 4/s refills meanwhile");
    }

    @Test
    void aRefusalNamingNoRateLeavesNoBurst() {
        AdaptiveRateLimiter limiter = startingAt(50, 50);
        for (int call = 0; call < 5; call++) {
            assertTrue(permitted(limiter, Duration.ZERO));
        }

        throttle(limiter, null);

        assertEquals(1, limiter.burst());
    }

    @Test
    void aRetryAfterHoldsEveryCallerBack() {
        AdaptiveRateLimiter limiter = startingAt(100, 100);

        limiter.onThrottled(limiter.acquire(Duration.ZERO), Optional.of(Duration.ofSeconds(2)), OptionalDouble.empty());

        assertFalse(permitted(limiter, Duration.ofMillis(500)));
        assertTrue(permitted(limiter, Duration.ofMillis(2500)));
    }

    @Test
    void theRateNeverFallsBelowTheMinimum() {
        AdaptiveRateLimiter limiter = startingAt(0.3, 1);

        throttle(limiter, null);

        assertEquals(0.2, limiter.rate(), 1e-9);
    }

    @Test
    void nonsensicalStartingRatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StartingRate(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new StartingRate(5, 0));
    }
}
