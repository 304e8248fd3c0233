package dev.nodebatch.batch;

import java.util.List;
import java.util.Map;

/**
 * Follows SUBMITTED targets to their end for the {@link Waiter}: how to observe them (one read a job, or one
 * read for a whole pool) and what each observation means (the acceptor table). An operation with asynchronous
 * work plugs one in; {@code job-status} uses the same followers on demand.
 */
public interface JobFollower {

    /**
     * Observes the targets still under way. Reads are safe to repeat; a read that fails for a target gives an
     * {@link Observation#unreadable} observation, and a target left out of the answer is observed again later.
     *
     * @param pending SUBMITTED outcomes, each with its job id where the provider gave one
     * @return observations by target id
     */
    Map<String, Observation> observe(List<TargetOutcome> pending, Deadline deadline);

    /** The acceptor table, tried in order. */
    List<Acceptor> acceptors();
}
