package dev.nodebatch.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jboss.logging.Logger;

/**
 * Settles a chunk's UNKNOWN outcomes with the operation's {@link SettlingRead}: a target whose change the read
 * finds in place is SUCCEEDED, one whose job it finds (a lost answer to an asynchronous submit) is SUBMITTED
 * with that job, one whose change it finds absent is FAILED with the call's own error, and the
 * target says it was settled by a read. The target stays UNKNOWN when the read cannot judge it, when the read
 * fails, and when the change is absent but an attempt got no answer at all: that request may still be on its
 * way through the provider, so its absence proves nothing yet. Stateless and thread-safe.
 */
final class Settler<T> {

    private static final Logger LOG = Logger.getLogger(Settler.class);

    private final SettlingRead<T> read;
    private final Function<T, String> idOf;

    Settler(SettlingRead<T> read, Function<T, String> idOf) {
        this.read = read;
        this.idOf = idOf;
    }

    /** @return the outcomes, in the chunk's order, with every UNKNOWN one the read could judge replaced */
    List<TargetOutcome> settle(Chunk<T> chunk, List<TargetOutcome> outcomes, Deadline deadline) {
        List<T> unknown = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (outcomes.get(i).status() == TargetStatus.UNKNOWN) {
                unknown.add(chunk.targets().get(i));
            }
        }
        if (unknown.isEmpty()) {
            return outcomes;
        }
        Map<String, SettlingRead.Settlement> found;
        try {
            found = read.read(unknown, deadline);
        } catch (ProviderCallException e) {
            LOG.warnf("Could not settle %d unknown outcome(s) by a read: %s", unknown.size(), e.getMessage());
            return outcomes;
        }
        List<TargetOutcome> settled = new ArrayList<>(outcomes.size());
        for (int i = 0; i < chunk.size(); i++) {
            TargetOutcome outcome = outcomes.get(i);
            SettlingRead.Settlement settlement = found.get(idOf.apply(chunk.targets().get(i)));
            if (outcome.status() != TargetStatus.UNKNOWN || settlement == null) {
                settled.add(outcome);
            } else if (settlement.submitted()) {
                settled.add(outcome.settledSubmitted(settlement.jobId(), settlement.state()));
            } else if (settlement.applied()) {
                settled.add(outcome.settledApplied(settlement.state()));
            } else {
                settled.add(outcome.answerLost() ? outcome : outcome.settledNotApplied());
            }
        }
        return settled;
    }
}
