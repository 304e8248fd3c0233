package dev.nodebatch.batch;

import java.util.List;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The normalized result every function returns: one outcome per input target, in input order, with the
 * counts and the aggregate status derived from them.
 */
@RegisterForReflection
public record BatchResult(String operation, String invocationId, BatchStatus status, boolean dryRun, Counts counts,
        List<TargetOutcome> targets, List<JobRef> jobs, List<InputViolation> errors, String startedAt,
        long durationMs) {

    public static BatchResult rejected(Invocation invocation, boolean dryRun, List<InputViolation> violations) {
        return new BatchResult(invocation.operation(), invocation.id(), BatchStatus.REJECTED, dryRun,
                Counts.of(List.of()), List.of(), List.of(), List.copyOf(violations), invocation.startedAtText(),
                invocation.elapsedMillis());
    }

    public static BatchResult of(Invocation invocation, boolean dryRun, List<TargetOutcome> targets, List<JobRef> jobs) {
        Counts counts = Counts.of(targets);
        return new BatchResult(invocation.operation(), invocation.id(), aggregate(dryRun, counts), dryRun, counts,
                List.copyOf(targets), List.copyOf(jobs), List.of(), invocation.startedAtText(),
                invocation.elapsedMillis());
    }

    static BatchStatus aggregate(boolean dryRun, Counts counts) {
        int through = counts.succeeded() + counts.submitted();
        if (dryRun) {
            return BatchStatus.PLANNED;
        }
        if (through == 0) {
            return BatchStatus.FAILED;
        }
        return through == counts.total() ? BatchStatus.SUCCEEDED : BatchStatus.PARTIAL;
    }
}
