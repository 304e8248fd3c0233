package dev.nodebatch.batch;

import java.util.Set;
import java.util.function.Predicate;

/**
 * One row of a waiter's acceptor table: when an observation matches, the target's wait is in that state. The
 * first matching row wins; an observation no row matches means RETRY. Immutable.
 */
public record Acceptor(Predicate<Observation> matcher, WaitState state) {

    /** Matches the provider's state words, ignoring case. */
    public static Acceptor onState(WaitState state, String... words) {
        Set<String> lowered = java.util.Arrays.stream(words).map(String::toLowerCase).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
        return new Acceptor(observation -> observation.state() != null
                && lowered.contains(observation.state().toLowerCase()), state);
    }

    /** Matches a read that met this HTTP status, e.g. 404 for a target that is gone. */
    public static Acceptor onHttpStatus(WaitState state, int httpStatus) {
        return new Acceptor(observation -> observation.state() == null && observation.error() != null
                && Integer.valueOf(httpStatus).equals(observation.error().httpStatus()), state);
    }

    /** Matches any state word no earlier row matched. */
    public static Acceptor onAnyOtherState(WaitState state) {
        return new Acceptor(observation -> observation.state() != null, state);
    }
}
