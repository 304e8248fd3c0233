package dev.nodebatch.batch;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.Guard;

/**
 * Guards provider calls with SmallRye Fault Tolerance: a retry per call (exponential backoff with full
 * jitter, {@code Retry-After} honoured, bounded by the invocation's deadline) around a circuit breaker per
 * provider endpoint, shared by all invocations of this process.
 * <p>
 * What is retried: throttling always (the provider did not process the call); 5xx, timeouts and network
 * faults only when the call is idempotent or surely never reached the provider; nothing else (auth failures
 * in particular, since Huawei locks an AK/SK after 5 bad signatures in a row). Only 5xx, timeouts and
 * network faults count as breaker failures.
 */
@ApplicationScoped
public class ProviderCallGuard {

    private static final Logger LOG = Logger.getLogger(ProviderCallGuard.class);

    private final CallPolicyConfig config;
    private final Map<String, Guard> breakers = new ConcurrentHashMap<>();

    public ProviderCallGuard(CallPolicyConfig config) {
        this.config = config;
    }

    /**
     * Calls {@code call} under the policy and counts its attempts into {@code attempts}.
     *
     * @param endpoint the provider endpoint, e.g. {@code https://elb.eu-west-101.myhuaweicloud.com}; one breaker each
     * @param idempotent whether repeating the call after an unknown outcome is safe
     * @throws ProviderCallException when the call did not succeed within the policy
     */
    public <R> R call(String endpoint, boolean idempotent, Deadline deadline, AtomicInteger attempts,
            Callable<R> call) {
        Guard breaker = breakers.computeIfAbsent(endpoint, this::breakerFor);
        CallPolicyConfig.Retry retry = config.retry();
        // SmallRye wants maxDuration > delay; a wait past the deadline is prevented by the predicate below
        long budgetMillis = Math.max(deadline.remaining().toMillis(), retry.baseDelay().toMillis() + 1);
        Guard guard = Guard.create()
                .withRetry()
                .maxRetries(retry.maxRetries())
                .delay(retry.baseDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .maxDuration(budgetMillis, ChronoUnit.MILLIS)
                .whenException(e -> retryable(e, idempotent) && waitFits(e, deadline))
                .beforeRetry((Throwable e) -> LOG.debugf("Retrying %s after %s", endpoint, e.getMessage()))
                .withCustomBackoff()
                .strategy(() -> new FullJitterBackoff(retry.baseDelay(), retry.maxDelay(), retry.maxRetryAfter()))
                .done()
                .done()
                .build();
        try {
            Object result = guard.call(() -> breaker.call(() -> {
                attempts.incrementAndGet();
                return call.call();
            }, Object.class), Object.class);
            return cast(result);
        } catch (ProviderCallException e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw new ProviderCallException(ProviderError.of(ErrorCategory.PROVIDER_ERROR, "NODEBATCH.CIRCUIT_OPEN",
                    "circuit breaker open for " + endpoint + " after repeated provider faults; call not sent", null),
                    null, false, null, null);
        } catch (Exception e) {
            throw new IllegalStateException("Provider call to " + endpoint + " failed unexpectedly", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> R cast(Object result) {
        return (R) result;
    }

    static boolean retryable(Throwable e, boolean idempotent) {
        if (!(e instanceof ProviderCallException call)) {
            return false;
        }
        return switch (call.error().category()) {
            case THROTTLED -> true;
            case PROVIDER_ERROR, TIMEOUT, NETWORK -> idempotent || !call.maybeApplied();
            default -> false;
        };
    }

    /** Whether the wait the provider asked for, if any, ends before the deadline. */
    private boolean waitFits(Throwable e, Deadline deadline) {
        Duration asked = ((ProviderCallException) e).retryAfter().orElse(Duration.ZERO);
        Duration wait = asked.compareTo(config.retry().maxRetryAfter()) > 0 ? config.retry().maxRetryAfter() : asked;
        return deadline.allows(wait);
    }

    static boolean endpointFault(Throwable e) {
        return e instanceof ProviderCallException call && switch (call.error().category()) {
            case PROVIDER_ERROR, TIMEOUT, NETWORK -> true;
            default -> false;
        };
    }

    private Guard breakerFor(String endpoint) {
        CallPolicyConfig.CircuitBreaker breaker = config.circuitBreaker();
        return Guard.create()
                .withDescription("provider endpoint " + endpoint)
                .withCircuitBreaker()
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .when(ProviderCallGuard::endpointFault)
                .onStateChange(state -> LOG.warnf("Circuit breaker for %s is now %s", endpoint, state))
                .done()
                .build();
    }

    /** Closes every breaker: for tests that must not inherit an open breaker from an earlier test. */
    public void resetBreakers() {
        breakers.clear();
    }
}
