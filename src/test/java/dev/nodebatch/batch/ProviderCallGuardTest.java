package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The call policy on calls that fail as told. Tests run with 3 fault retries and a breaker that opens after 6
 * calls of which half failed (application.properties, test profile).
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class ProviderCallGuardTest {

    static final ProviderError SERVER_FAULT = ProviderError.of(ErrorCategory.PROVIDER_ERROR, "X.500", "boom", 500);
    static final ProviderError THROTTLE = ProviderError.of(ErrorCategory.THROTTLED, "APIGW.0308", "slow down", 429);

    @Inject
    ProviderCallGuard guard;

    static ProviderEndpoint freshEndpoint() {
        return new ProviderEndpoint("http://provider-" + UUID.randomUUID(), "AK", new StartingRate(100, 100));
    }

    static Deadline minutes() {
        return Deadline.in(Duration.ofMinutes(1));
    }

    /** A call that throws {@code failure} the first {@code times} attempts and then answers "done". */
    static FailingCall failing(ProviderCallException failure, int times) {
        return new FailingCall(failure, times);
    }

    @Test
    void aNonIdempotentCallIsSentOnceWhenItMayHaveBeenApplied() {
        ProviderCallException[] faults = {
                ProviderCallException.answered(SERVER_FAULT, "r", null),
                ProviderCallException.unanswered(ProviderError.of(ErrorCategory.TIMEOUT, "READ_TIMEOUT", "late", null), null),
                ProviderCallException.unanswered(ProviderError.of(ErrorCategory.NETWORK, "CONNECTION_LOST", "reset", null), null) };
        for (ProviderCallException fault : faults) {
            AtomicInteger attempts = new AtomicInteger();
            FailingCall call = failing(fault, 10);

            ProviderCallException thrown = assertThrows(ProviderCallException.class,
                    () -> guard.call(freshEndpoint(), false, minutes(), attempts, call));

            assertEquals(fault.error(), thrown.error());
            assertEquals(1, call.sent.get(), fault.error().code() + " must not be sent twice");
            assertEquals(1, attempts.get());
        }
    }

    @Test
    void aNonIdempotentCallThatNeverReachedTheProviderIsRetried() {
        FailingCall call = failing(new ProviderCallException(
                ProviderError.of(ErrorCategory.NETWORK, "CONNECT_FAILED", "refused", null), null, false, null, null), 2);

        assertEquals("done", guard.call(freshEndpoint(), false, minutes(), new AtomicInteger(), call));
        assertEquals(3, call.sent.get());
    }

    @Test
    void throttlingIsRetriedPastTheFaultRetryCountEvenForNonIdempotentCalls() {
        AtomicInteger attempts = new AtomicInteger();
        FailingCall call = failing(ProviderCallException.throttled(THROTTLE, "r", null, null), 8);

        assertEquals("done", guard.call(freshEndpoint(), false, minutes(), attempts, call));
        assertEquals(9, attempts.get());
    }

    @Test
    void throttlingThatOutlastsTheDeadlineEndsThrottledBeforeIt() {
        long started = System.nanoTime();
        FailingCall call = failing(ProviderCallException.throttled(THROTTLE, "r", null, null), Integer.MAX_VALUE);

        ProviderCallException thrown = assertThrows(ProviderCallException.class,
                () -> guard.call(freshEndpoint(), true, Deadline.in(Duration.ofMillis(1600)), new AtomicInteger(), call));

        assertEquals(ErrorCategory.THROTTLED, thrown.error().category());
        assertTrue(call.sent.get() > 1);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1600);
    }

    @Test
    void aRetryAfterLongerThanTheTimeLeftEndsTheRetriesAtOnce() {
        FailingCall call = failing(ProviderCallException.throttled(THROTTLE, "r", Duration.ofSeconds(30), null), 5);

        assertThrows(ProviderCallException.class,
                () -> guard.call(freshEndpoint(), true, Deadline.in(Duration.ofSeconds(10)), new AtomicInteger(), call));
        assertEquals(1, call.sent.get());
    }

    @Test
    void aCallTheOpenBreakerHoldsBackIsNotSentAndSaysSo() {
        ProviderEndpoint endpoint = freshEndpoint();
        for (int failure = 0; failure < 2; failure++) {
            assertThrows(ProviderCallException.class, () -> guard.call(endpoint, true, minutes(), new AtomicInteger(),
                    failing(ProviderCallException.answered(SERVER_FAULT, "r", null), Integer.MAX_VALUE)));
        }
        AtomicInteger attempts = new AtomicInteger();
        FailingCall call = failing(ProviderCallException.answered(SERVER_FAULT, "r", null), 0);

        ProviderCallException thrown = assertThrows(ProviderCallException.class,
                () -> guard.call(endpoint, true, minutes(), attempts, call));

        assertEquals(SkipReason.CIRCUIT_OPEN, assertInstanceOf(CallNotSentException.class, thrown).reason());
        assertEquals(0, call.sent.get());
        assertEquals(0, attempts.get());
    }

    static final class FailingCall implements java.util.concurrent.Callable<String> {

        final AtomicInteger sent = new AtomicInteger();
        private final ProviderCallException failure;
        private final int times;

        FailingCall(ProviderCallException failure, int times) {
            this.failure = failure;
            this.times = times;
        }

        @Override
        public String call() {
            if (sent.incrementAndGet() <= times) {
                throw failure;
            }
            return "done";
        }
    }
}
