package dev.nodebatch.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The normalized result every function returns: one outcome per input target, in input order, with the
 * counts and the aggregate status derived from them, the provider jobs that carry the targets' changes, and
 * (when the input asked to wait) what came of the wait.
 */
@RegisterForReflection
public record BatchResult(String operation, String invocationId, BatchStatus status, boolean dryRun, Counts counts,
        List<TargetOutcome> targets, List<JobRef> jobs,
        @JsonProperty("wait") @JsonInclude(JsonInclude.Include.NON_NULL) WaitReport waitReport,
        List<InputViolation> errors, String startedAt, long durationMs) {

    public static BatchResult rejected(Invocation invocation, boolean dryRun, List<InputViolation> violations) {
        return new BatchResult(invocation.operation(), invocation.id(), BatchStatus.REJECTED, dryRun,
                Counts.of(List.of()), List.of(), List.of(), null, List.copyOf(violations), invocation.startedAtText(),
                invocation.elapsedMillis());
    }

    public static BatchResult of(Invocation invocation, boolean dryRun, List<TargetOutcome> targets) {
        return of(invocation, dryRun, targets, null);
    }

    /** @param wait what came of {@code options.wait}, or null when the input did not ask to wait */
    public static BatchResult of(Invocation invocation, boolean dryRun, List<TargetOutcome> targets, WaitReport wait) {
        Counts counts = Counts.of(targets);
        return new BatchResult(invocation.operation(), invocation.id(), aggregate(dryRun, counts), dryRun, counts,
                List.copyOf(targets), jobsOf(targets), wait, List.of(), invocation.startedAtText(),
                invocation.elapsedMillis());
    }

    /** The jobs named by the targets, in order of first mention: RUNNING while any of its targets is SUBMITTED. */
    static List<JobRef> jobsOf(List<TargetOutcome> targets) {
        Map<String, List<TargetOutcome>> byJob = new LinkedHashMap<>();
        targets.stream().filter(target -> target.jobId() != null)
                .forEach(target -> byJob.computeIfAbsent(target.jobId(), job -> new ArrayList<>()).add(target));
        List<JobRef> jobs = new ArrayList<>();
        byJob.forEach((jobId, carried) -> {
            String status = carried.stream().anyMatch(target -> target.status() == TargetStatus.SUBMITTED) ? "RUNNING"
                    : carried.stream().allMatch(target -> target.status() == TargetStatus.SUCCEEDED) ? "SUCCEEDED"
                    : "FAILED";
            jobs.add(new JobRef(jobId, carried.stream().map(TargetOutcome::id).toList(), status));
        });
        return jobs;
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
