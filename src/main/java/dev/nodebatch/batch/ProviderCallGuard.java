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

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;

/**
 * Guards provider calls with SmallRye Fault Tolerance and paces them: each attempt waits for a permit of its
 * caller's and endpoint's {@link AdaptiveRateLimiter}, passes the endpoint's circuit breaker (shared by all
 * invocations of this process) and is retried under this policy, never past the invocation's deadline:
 * <ul>
 * <li>Throttled calls are retried until the deadline: the provider did not process them, so resending is safe
 * even for calls that are not idempotent. Only the deadline, or a {@code Retry-After} longer than the time
 * left, ends them.</li>
 * <li>5xx answers, timeouts and network faults are retried up to {@code max-retries} times, with exponential
 * backoff and full jitter, and only when the call is idempotent or surely never reached the provider.</li>
 * <li>Nothing else is retried; auth failures in particular, since Huawei locks an AK/SK after 5 bad
 * signatures in a row.</li>
 * </ul>
 * Only 5xx answers, timeouts and network faults count as breaker failures. The breaker speaks only for calls
 * it held back: once an attempt was sent, a later refusal by the breaker ends the retries and the last
 * attempt's outcome stands.
 */
@ApplicationScoped
public class ProviderCallGuard {

    private static final Logger LOG = Logger.getLogger(ProviderCallGuard.class);

    private final CallPolicyConfig config;
    private final BatchConfig batch;
    private final Pacing pacing;
    private final Map<String, Guard> breakers = new ConcurrentHashMap<>();

    public ProviderCallGuard(CallPolicyConfig config, BatchConfig batch, Pacing pacing) {
        this.config = config;
        this.batch = batch;
        this.pacing = pacing;
    }

    /**
     * Calls {@code call} under the policy and counts the attempts that were sent into {@code attempts}.
     *
     * @param idempotent whether repeating the call after an unknown outcome is safe
     * @throws CallNotSentException when no attempt was sent (breaker open, or no permit before the deadline)
     * @throws ProviderCallException with the last attempt's failure when the call did not succeed
     */
    public <R> R call(ProviderEndpoint endpoint, boolean idempotent, Deadline deadline, AtomicInteger attempts,
            Callable<R> call) {
        Guard breaker = breakers.computeIfAbsent(endpoint.url(), this::breakerFor);
        AdaptiveRateLimiter limiter = pacing.limiterFor(endpoint);
        Attempts history = new Attempts(idempotent, deadline);
        CallPolicyConfig.Retry retry = config.retry();
        // SmallRye wants maxDuration > delay; waits past the deadline are prevented by the predicate and the backoff
        long budgetMillis = Math.max(deadline.remaining().toMillis(), retry.baseDelay().toMillis() + 1);
        Guard guard = Guard.create()
                .withRetry()
                .maxRetries(-1)
                .delay(retry.baseDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .maxDuration(budgetMillis, ChronoUnit.MILLIS)
                .whenException(history::worthRetrying)
                .beforeRetry((Throwable e) -> LOG.debugf("Retrying %s after %s", endpoint.url(), e.getMessage()))
                .withCustomBackoff()
                .strategy(() -> new FullJitterBackoff(retry.baseDelay(), retry.maxDelay(), retry.maxRetryAfter(),
                        () -> deadline.remaining().minus(batch.callReserve())))
                .done()
                .done()
                .build();
        try {
            Object result = guard.call(() -> {
                long permit = limiter.acquire(deadline.remaining().minus(batch.callReserve()));
                if (permit < 0) {
                    throw new CallNotSentException(SkipReason.DEADLINE,
                            "no permit to send within the time left for " + endpoint.url());
                }
                return breaker.call(() -> history.attempt(attempts, limiter, permit, call), Object.class);
            }, Object.class);
            return cast(result);
        } catch (CircuitBreakerOpenException e) {
            throw history.lastOr(new CallNotSentException(SkipReason.CIRCUIT_OPEN, "circuit breaker open for "
                    + endpoint.url() + " after repeated provider faults; call not sent"));
        } catch (CallNotSentException e) {
            throw history.lastOr(e);
        } catch (ProviderCallException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Provider call to " + endpoint.url() + " failed unexpectedly", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> R cast(Object result) {
        return (R) result;
    }

    static boolean endpointFault(Throwable e) {
        return e instanceof ProviderCallException call && !(e instanceof CallNotSentException)
                && switch (call.error().category()) {
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
                // opening is the news; half-open and closed are the breaker recovering on its own
                .onStateChange(state -> LOG.logf(state == CircuitBreakerState.OPEN ? Logger.Level.WARN : Logger.Level.INFO,
                        "Circuit breaker for %s is now %s", endpoint, state))
                .done()
                .build();
    }

    /** Closes every breaker: for tests that must not inherit an open breaker from an earlier test. */
    public void resetBreakers() {
        breakers.clear();
    }

    /** The attempts of one guarded call: what the last one told, and how many fault retries are spent. */
    private final class Attempts {

        private final boolean idempotent;
        private final Deadline deadline;
        private volatile ProviderCallException last;
        private volatile boolean anyUnanswered;
        private int faultRetries;

        Attempts(boolean idempotent, Deadline deadline) {
            this.idempotent = idempotent;
            this.deadline = deadline;
        }

        <R> R attempt(AtomicInteger attempts, AdaptiveRateLimiter limiter, long permit, Callable<R> call)
                throws Exception {
            attempts.incrementAndGet();
            try {
                R answer = call.call();
                limiter.onSuccess();
                return answer;
            } catch (ProviderCallException e) {
                anyUnanswered |= e.answerLost();
                last = anyUnanswered ? e.afterUnansweredAttempt() : e;
                if (e.error().category() == ErrorCategory.THROTTLED) {
                    limiter.onThrottled(permit, e.retryAfter(), e.statedLimit());
                }
                throw last;
            }
        }

        boolean worthRetrying(Throwable e) {
            if (!(e instanceof ProviderCallException call) || e instanceof CallNotSentException) {
                return false;
            }
            return switch (call.error().category()) {
                case THROTTLED -> waitFits(call);
                case PROVIDER_ERROR, TIMEOUT, NETWORK -> (idempotent || !call.maybeApplied())
                        && faultRetries++ < config.retry().maxRetries() && waitFits(call);
                default -> false;
            };
        }

        /** Whether the wait the provider asked for, if any, leaves time to send before the deadline. */
        private boolean waitFits(ProviderCallException e) {
            Duration asked = e.retryAfter().orElse(Duration.ZERO);
            Duration wait = asked.compareTo(config.retry().maxRetryAfter()) > 0 ? config.retry().maxRetryAfter() : asked;
            return deadline.allows(wait.plus(batch.callReserve()));
        }

        ProviderCallException lastOr(ProviderCallException fallback) {
            return last != null ? last : fallback;
        }
    }
}
