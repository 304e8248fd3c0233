package dev.nodebatch.emulator.huawei.geminidb;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A patch job ({@code UpgradeDbVersion}) of one instance, as the fleet document keeps it. It is {@code Running} until
 * {@code createdAt + durationMs}, then ends as {@code outcome} ({@code Completed} unless the fleet or a
 * {@code JOB_FAILS} fault says {@code Failed}); only a completed job patches the instance. {@code status} is where the
 * job was when the emulator last looked: a job whose status is final has had its effect.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeminiDbJob(String id, String name, String instanceId, String instanceName, String createdAt,
        Long durationMs, String outcome, String failReason, String status) {

    static final String UPGRADE_DB_VERSION = "UpgradeDbVersion";
    static final String RUNNING = "Running";
    static final String COMPLETED = "Completed";
    static final String FAILED = "Failed";
    private static final Set<String> STATUSES = Set.of(RUNNING, COMPLETED, FAILED);

    public GeminiDbJob {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A job needs an id");
        }
        if (instanceId == null || instanceId.isBlank()) {
            throw new IllegalArgumentException("Job " + id + " needs an instanceId");
        }
        if (durationMs != null && durationMs < 0) {
            throw new IllegalArgumentException("Job " + id + " durationMs must be >= 0");
        }
        name = name == null ? UPGRADE_DB_VERSION : name;
        instanceName = instanceName == null ? instanceId : instanceName;
        createdAt = createdAt == null ? Instant.now().toString() : createdAt;
        GeminiDbTime.fleet("Job " + id + " createdAt", createdAt);
        durationMs = durationMs == null ? 0L : durationMs;
        outcome = outcome == null ? COMPLETED : outcome;
        if (!outcome.equals(COMPLETED) && !outcome.equals(FAILED)) {
            throw new IllegalArgumentException("Job " + id + " outcome must be Completed or Failed");
        }
        status = status == null ? RUNNING : status;
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Job " + id + " status must be one of " + STATUSES);
        }
    }

    Instant created() {
        return Instant.parse(createdAt);
    }

    Instant ends() {
        return created().plus(Duration.ofMillis(durationMs));
    }

    boolean finished() {
        return !status.equals(RUNNING);
    }

    /** This job as it is at {@code now}; a finished job stays as it is. */
    GeminiDbJob at(Instant now) {
        if (finished() || now.isBefore(ends())) {
            return this;
        }
        return new GeminiDbJob(id, name, instanceId, instanceName, createdAt, durationMs, outcome, failReason, outcome);
    }

    /** How far a running job is, e.g. {@code 60%}; empty once it has ended, as the API does. */
    String progress(Instant now) {
        if (finished()) {
            return "";
        }
        long elapsed = Duration.between(created(), now).toMillis();
        return Math.max(0, Math.min(99, durationMs == 0 ? 99 : elapsed * 100 / durationMs)) + "%";
    }
}
