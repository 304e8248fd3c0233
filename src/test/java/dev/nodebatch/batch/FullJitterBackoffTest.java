package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class FullJitterBackoffTest {

    static final ProviderCallException THROTTLED = ProviderCallException.throttled(
            ProviderError.of(ErrorCategory.THROTTLED, "APIGW.0308", "slow down", 429), "r", null, null);
    static final ProviderCallException SERVER_FAULT = ProviderCallException.answered(
            ProviderError.of(ErrorCategory.PROVIDER_ERROR, "ELB.9000", "internal error", 500), "r", null);
    static final Supplier<Duration> PLENTY = () -> Duration.ofMinutes(10);

    static FullJitterBackoff backoff(Supplier<Duration> timeLeft) {
        return new FullJitterBackoff(Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(5), timeLeft);
    }

    @Test
    void faultDelaysStayWithinTheDoublingCeilingAndTheMaximum() {
        for (int run = 0; run < 200; run++) {
            FullJitterBackoff backoff = backoff(PLENTY);
            long[] ceilings = { 100, 200, 400, 800, 1000, 1000, 1000 };
            for (long ceiling : ceilings) {
                long delay = backoff.nextDelayInMillis(SERVER_FAULT);
                assertTrue(delay >= 0 && delay <= ceiling, delay + " > " + ceiling);
            }
        }
    }

    @Test
    void aThrottledCallWithoutRetryAfterIsLeftToThePacer() {
        assertEquals(0, backoff(PLENTY).nextDelayInMillis(THROTTLED));
    }

    @Test
    void aRetryAfterIsHonouredUpToItsCap() {
        FullJitterBackoff backoff = backoff(PLENTY);
        assertEquals(3000, backoff.nextDelayInMillis(
                ProviderCallException.throttled(THROTTLED.error(), "r", Duration.ofSeconds(3), null)));
        assertEquals(5000, backoff.nextDelayInMillis(
                ProviderCallException.throttled(THROTTLED.error(), "r", Duration.ofMinutes(3), null)));
    }

    @Test
    void noDelayOutlastsTheTimeLeft() {
        FullJitterBackoff backoff = backoff(() -> Duration.ofMillis(40));
        for (int retry = 0; retry < 20; retry++) {
            assertTrue(backoff.nextDelayInMillis(SERVER_FAULT) <= 40);
        }
        assertEquals(40, backoff.nextDelayInMillis(
                ProviderCallException.throttled(THROTTLED.error(), "r", Duration.ofSeconds(3), null)));
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new FullJitterBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO, PLENTY));
    }
}
