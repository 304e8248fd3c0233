package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WaiterTest {

    static final List<Acceptor> JOB_TABLE = List.of(
            Acceptor.onState(WaitState.SUCCESS, "SUCCESS"),
            Acceptor.onState(WaitState.FAILURE, "FAIL"),
            Acceptor.onHttpStatus(WaitState.FAILURE, 404),
            Acceptor.onState(WaitState.RETRY, "INIT", "RUNNING"));

    /** Answers each target's scripted observations in turn; the last one repeats. */
    static final class ScriptedFollower implements JobFollower {

        final Map<String, Deque<Observation>> script = new HashMap<>();
        int reads;

        ScriptedFollower then(String id, Observation... observations) {
            script.put(id, new ArrayDeque<>(List.of(observations)));
            return this;
        }

        @Override
        public Map<String, Observation> observe(List<TargetOutcome> pending, Deadline deadline) {
            reads++;
            Map<String, Observation> seen = new HashMap<>();
            for (TargetOutcome outcome : pending) {
                Deque<Observation> next = script.get(outcome.id());
                seen.put(outcome.id(), next.size() > 1 ? next.poll() : next.peek());
            }
            return seen;
        }

        @Override
        public List<Acceptor> acceptors() {
            return JOB_TABLE;
        }
    }

    static TargetOutcome submitted(String id) {
        return TargetOutcome.submitted(id, 1, "r", "job-" + id, null);
    }

    static Waiter.Followed follow(ScriptedFollower follower, Duration waitFor, TargetOutcome... outcomes) {
        return new Waiter(follower, Duration.ofMillis(5), Duration.ofMillis(20))
                .follow(List.of(outcomes), Deadline.in(waitFor), "WAIT_TIMEOUT", Deadline.in(Duration.ofMinutes(1)));
    }

    static Observation state(String word) {
        return Observation.of(word, Map.of("jobStatus", word));
    }

    @Test
    void eachTargetEndsAsItsAcceptorSaysAndKeepsItsJob() {
        ScriptedFollower follower = new ScriptedFollower()
                .then("a", state("INIT"), state("RUNNING"), state("SUCCESS"))
                .then("b", state("RUNNING"), Observation.failed("FAIL", Map.of("jobStatus", "FAIL"),
                        ProviderError.of(ErrorCategory.PROVIDER_ERROR, "DCS.JOB", "node did not start", null)))
                .then("c", Observation.unreadable(ProviderError.of(ErrorCategory.NOT_FOUND, "NodeNotFound", "gone", 404)));

        Waiter.Followed followed = follow(follower, Duration.ofSeconds(5), submitted("a"), submitted("b"), submitted("c"));

        assertEquals(List.of(TargetStatus.SUCCEEDED, TargetStatus.FAILED, TargetStatus.FAILED),
                followed.outcomes().stream().map(TargetOutcome::status).toList());
        assertEquals("job-a", followed.outcomes().get(0).jobId());
        assertEquals(Map.of("jobStatus", "SUCCESS"), followed.outcomes().get(0).state());
        assertEquals("node did not start", followed.outcomes().get(1).error().message());
        assertEquals("NodeNotFound", followed.outcomes().get(2).error().code());
        assertTrue(followed.report().completed());
        assertEquals(3, followed.report().polls());
    }

    @Test
    void targetsStillRunningWhenTheWaitRunsOutStaySubmittedAndTheReportSaysSo() {
        ScriptedFollower follower = new ScriptedFollower().then("a", state("RUNNING"));

        Waiter.Followed followed = follow(follower, Duration.ofMillis(100), submitted("a"));

        assertEquals(TargetStatus.SUBMITTED, followed.outcomes().get(0).status());
        assertFalse(followed.report().completed());
        assertEquals("WAIT_TIMEOUT", followed.report().reason());
        assertEquals(1, followed.report().stillRunning());
    }

    @Test
    void anUnmatchedStateMeansRetryAndOnlySubmittedTargetsAreObserved() {
        ScriptedFollower follower = new ScriptedFollower().then("a", state("QUEUED"), state("SUCCESS"));
        TargetOutcome done = TargetOutcome.failed("z", 1, "r", ProviderError.of(ErrorCategory.CONFLICT, "X", "no", 409));

        Waiter.Followed followed = follow(follower, Duration.ofSeconds(5), submitted("a"), done);

        assertEquals(List.of(TargetStatus.SUCCEEDED, TargetStatus.FAILED),
                followed.outcomes().stream().map(TargetOutcome::status).toList());
        assertEquals(2, follower.reads);
    }

    @Test
    void nothingToFollowMeansNoPoll() {
        ScriptedFollower follower = new ScriptedFollower();

        Waiter.Followed followed = follow(follower, Duration.ofSeconds(5),
                TargetOutcome.succeeded("a", 1, "r", null));

        assertEquals(0, follower.reads);
        assertTrue(followed.report().completed());
    }
}
