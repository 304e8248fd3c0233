package dev.nodebatch.batch;

import java.util.List;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** How many targets ended in each status. */
@RegisterForReflection
public record Counts(int total, int succeeded, int submitted, int failed, int skipped, int unknown, int planned) {

    public static Counts of(List<TargetOutcome> targets) {
        int[] byStatus = new int[TargetStatus.values().length];
        targets.forEach(target -> byStatus[target.status().ordinal()]++);
        return new Counts(targets.size(), byStatus[TargetStatus.SUCCEEDED.ordinal()],
                byStatus[TargetStatus.SUBMITTED.ordinal()], byStatus[TargetStatus.FAILED.ordinal()],
                byStatus[TargetStatus.SKIPPED.ordinal()], byStatus[TargetStatus.UNKNOWN.ordinal()],
                byStatus[TargetStatus.PLANNED.ordinal()]);
    }
}
