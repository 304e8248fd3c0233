package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FullJitterBackoffTest {

    static final ProviderCallException THROTTLED = ProviderCallException.answered(
            ProviderError.of(ErrorCategory.THROTTLED, "APIGW.0308", "slow down", 429), "r", null);

    @Test
    void delaysStayWithinTheDoublingCeilingAndTheMaximum() {
        for (int run = 0; run < 200; run++) {
            FullJitterBackoff backoff = new FullJitterBackoff(Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(5));
            long[] ceilings = { 100, 200, 400, 800, 1000, 1000, 1000 };
            for (long ceiling : ceilings) {
                long delay = backoff.nextDelayInMillis(THROTTLED);
                assertTrue(delay >= 0 && delay <= ceiling, delay + " > " + ceiling);
            }
        }
    }

    @Test
    void aRetryAfterIsHonouredUpToItsCap() {
        FullJitterBackoff backoff = new FullJitterBackoff(Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(5));
        assertEquals(3000, backoff.nextDelayInMillis(ProviderCallException.answered(THROTTLED.error(), "r", Duration.ofSeconds(3))));
        assertEquals(5000, backoff.nextDelayInMillis(ProviderCallException.answered(THROTTLED.error(), "r", Duration.ofMinutes(3))));
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new FullJitterBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO));
    }
}
