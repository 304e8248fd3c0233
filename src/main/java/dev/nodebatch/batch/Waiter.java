package dev.nodebatch.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * Follows SUBMITTED targets to their end, in the manner of the AWS SDK's waiters: it polls the operation's
 * {@link JobFollower} in rounds, the pause growing by half each round from {@code firstDelay} up to
 * {@code maxDelay}, and the follower's acceptor table says what each observation means. A target whose wait
 * ends in SUCCESS becomes SUCCEEDED, in FAILURE becomes FAILED; one still under way when the wait runs out
 * stays SUBMITTED. Polls are reads, retried by the call guard. Not thread-safe; one instance per wait.
 */
public final class Waiter {

    private static final Logger LOG = Logger.getLogger(Waiter.class);

    private final JobFollower follower;
    private final Duration firstDelay;
    private final Duration maxDelay;

    public Waiter(JobFollower follower, Duration firstDelay, Duration maxDelay) {
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Waiter needs 0 <= firstDelay <= maxDelay");
        }
        this.follower = follower;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** The outcomes after the wait, in the same order, and what came of the wait. */
    public record Followed(List<TargetOutcome> outcomes, WaitReport report) {
    }

    /**
     * @param waitEnd when to stop waiting: the wait timeout or, if earlier, the deadline less the call reserve
     * @param endReason what to report when the wait runs out: {@code WAIT_TIMEOUT} or {@code DEADLINE}
     * @param callDeadline the invocation's deadline, which bounds each poll
     */
    public Followed follow(List<TargetOutcome> outcomes, Deadline waitEnd, String endReason, Deadline callDeadline) {
        List<TargetOutcome> current = new ArrayList<>(outcomes);
        Duration delay = firstDelay;
        int polls = 0;
        while (pendingCount(current) > 0) {
            Duration left = waitEnd.remaining();
            if (left.isZero()) {
                return new Followed(current, new WaitReport(false, endReason, pendingCount(current), polls));
            }
            sleep(delay.compareTo(left) < 0 ? delay : left);
            List<TargetOutcome> pending = current.stream().filter(Waiter::pending).toList();
            Map<String, Observation> seen = observe(pending, callDeadline);
            polls++;
            for (int i = 0; i < current.size(); i++) {
                TargetOutcome outcome = current.get(i);
                Observation observation = pending(outcome) ? seen.get(outcome.id()) : null;
                if (observation != null) {
                    current.set(i, judge(follower, outcome, observation));
                }
            }
            long grown = Math.min(maxDelay.toMillis(), delay.toMillis() * 3 / 2);
            delay = Duration.ofMillis(Math.max(grown, 1));
        }
        return new Followed(current, new WaitReport(true, null, 0, polls));
    }

    private Map<String, Observation> observe(List<TargetOutcome> pending, Deadline callDeadline) {
        try {
            return follower.observe(pending, callDeadline);
        } catch (ProviderCallException e) {
            LOG.warnf("Could not observe %d target(s) under way: %s", pending.size(), e.getMessage());
            return Map.of();
        }
    }

    /**
     * What one observation means for a target under way, by the follower's acceptor table: SUCCEEDED, FAILED, or
     * the outcome unchanged (still under way). For reads of asynchronous work outside a wait, e.g. {@code job-status}.
     */
    public static TargetOutcome judge(JobFollower follower, TargetOutcome outcome, Observation observation) {
        WaitState state = follower.acceptors().stream().filter(acceptor -> acceptor.matcher().test(observation))
                .map(Acceptor::state).findFirst().orElse(WaitState.RETRY);
        return switch (state) {
            case SUCCESS -> new TargetOutcome(outcome.id(), TargetStatus.SUCCEEDED, outcome.attempts(),
                    outcome.providerRequestId(), outcome.jobId(), outcome.settledBy(), observation.details(), null,
                    null);
            case FAILURE -> new TargetOutcome(outcome.id(), TargetStatus.FAILED, outcome.attempts(),
                    outcome.providerRequestId(), outcome.jobId(), outcome.settledBy(), observation.details(),
                    observation.error() != null ? observation.error()
                            : ProviderError.of(ErrorCategory.PROVIDER_ERROR, "NODEBATCH.JOB_FAILED",
                                    "the work ended in state " + observation.state(), null),
                    null);
            case RETRY -> outcome;
        };
    }

    private static boolean pending(TargetOutcome outcome) {
        return outcome.status() == TargetStatus.SUBMITTED;
    }

    private static int pendingCount(List<TargetOutcome> outcomes) {
        return (int) outcomes.stream().filter(Waiter::pending).count();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for asynchronous work", e);
        }
    }
}
