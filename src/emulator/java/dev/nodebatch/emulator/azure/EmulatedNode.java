package dev.nodebatch.emulator.azure;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One compute node of the fleet document's {@code azure.batch.pools[].nodes}: its state and when it last
 * changed, when its running tasks end, and the reimage under way. Immutable; {@link #at} moves it on with the
 * clock.
 *
 * @param runningTasksUntil when the node's running tasks end (it is then {@code idle}); null when none run
 * @param runningTasksMs the same, as milliseconds after the fleet document is loaded (input only)
 * @param reimageEndState the state a reimage of this node ends in; {@code idle} unless the fleet says otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmulatedNode(String id, String state, Instant stateTransitionTime, Instant runningTasksUntil,
        Long runningTasksMs, String reimageEndState, PendingReimage reimage) {

    static final String IDLE = "idle";
    static final String RUNNING = "running";
    static final String REIMAGING = "reimaging";
    /** The node states of the Batch API (ComputeNodeState). */
    static final Set<String> STATES = Set.of(IDLE, "rebooting", REIMAGING, RUNNING, "unusable", "creating",
            "starting", "waitingforstarttask", "starttaskfailed", "unknown", "leavingpool", "offline", "preempted",
            "upgradingos", "deallocated", "deallocating");

    public EmulatedNode {
        Objects.requireNonNull(id, "A node needs an id");
        state = state == null ? IDLE : state;
        requireState(state, "state");
        if (reimageEndState != null) {
            requireState(reimageEndState, "reimageEndState");
        }
    }

    /** The node as loaded at {@code now}: relative times made absolute, defaults filled in. */
    EmulatedNode loadedAt(Instant now) {
        Instant tasksEnd = runningTasksMs != null ? now.plusMillis(runningTasksMs) : runningTasksUntil;
        if (tasksEnd != null && !state.equals(RUNNING)) {
            throw new IllegalArgumentException("Node " + id + " has running tasks but is " + state + ", not running");
        }
        return new EmulatedNode(id, state, stateTransitionTime == null ? now : stateTransitionTime, tasksEnd, null,
                reimageEndState, reimage);
    }

    /** The node at {@code now}: a reimage started or ended, running tasks finished. */
    EmulatedNode at(Instant now) {
        if (reimage != null && !now.isBefore(reimage.endsAt())) {
            return new EmulatedNode(id, reimage.endState(), reimage.endsAt(), null, null, reimageEndState, null);
        }
        if (reimage != null && !now.isBefore(reimage.startsAt()) && !state.equals(REIMAGING)) {
            return new EmulatedNode(id, REIMAGING, reimage.startsAt(), null, null, reimageEndState, reimage);
        }
        if (reimage == null && runningTasksUntil != null && !now.isBefore(runningTasksUntil)) {
            return new EmulatedNode(id, IDLE, runningTasksUntil, null, null, reimageEndState, null);
        }
        return this;
    }

    /**
     * Accepts a reimage. {@code requeue} and {@code terminate} stop the running tasks and start now;
     * {@code taskcompletion} and {@code retaineddata} let them finish first.
     */
    EmulatedNode reimaged(String option, Duration duration, boolean fails, Instant now) {
        boolean letTasksFinish = option.equals("taskcompletion") || option.equals("retaineddata");
        Instant startsAt = letTasksFinish && runningTasksUntil != null && runningTasksUntil.isAfter(now)
                ? runningTasksUntil : now;
        String endState = fails ? "starttaskfailed" : reimageEndState != null ? reimageEndState : IDLE;
        EmulatedNode accepted = new EmulatedNode(id, state, stateTransitionTime,
                letTasksFinish ? runningTasksUntil : null, null, reimageEndState,
                new PendingReimage(option, startsAt, startsAt.plus(duration), endState));
        return accepted.at(now);
    }

    int runningTasksCount(Instant now) {
        return runningTasksUntil != null && now.isBefore(runningTasksUntil) ? 1 : 0;
    }

    private static void requireState(String value, String field) {
        if (!STATES.contains(value)) {
            throw new IllegalArgumentException(field + " " + value + " is not a Batch node state; known: " + STATES);
        }
    }
}
