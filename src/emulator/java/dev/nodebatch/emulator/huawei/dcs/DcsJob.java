package dev.nodebatch.emulator.huawei.dcs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A node start/stop job, as the fleet document keeps it. It is {@code INIT} for the first quarter of
 * {@code durationMs}, then {@code RUNNING}, and at {@code createdAt + durationMs} it ends as {@code outcome}
 * ({@code SUCCESS} unless the fleet or a {@code JOB_FAILS} fault says {@code FAIL}); only a successful job changes
 * the nodes. {@code status} is where the job was when the emulator last looked: a job whose status is final has
 * had its effect. {@code taskId} is the id of the background task that shows the job.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DcsJob(String id, String taskId, String instanceId, String action, List<String> nodeIds,
        String createdAt, Long durationMs, String outcome, String failReason, String status) {

    static final String INIT = "INIT";
    static final String RUNNING = "RUNNING";
    static final String SUCCESS = "SUCCESS";
    static final String FAIL = "FAIL";
    static final Set<String> ACTIONS = Set.of("start", "stop");
    private static final Set<String> STATUSES = Set.of(INIT, RUNNING, SUCCESS, FAIL);

    public DcsJob {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A job needs an id");
        }
        if (instanceId == null || instanceId.isBlank()) {
            throw new IllegalArgumentException("Job " + id + " needs an instanceId");
        }
        if (action == null || !ACTIONS.contains(action)) {
            throw new IllegalArgumentException("Job " + id + " action must be one of " + ACTIONS);
        }
        if (nodeIds == null || nodeIds.isEmpty()) {
            throw new IllegalArgumentException("Job " + id + " needs the nodeIds it starts or stops");
        }
        if (durationMs != null && durationMs < 0) {
            throw new IllegalArgumentException("Job " + id + " durationMs must be >= 0");
        }
        nodeIds = List.copyOf(nodeIds);
        taskId = taskId == null ? id : taskId;
        createdAt = createdAt == null ? Instant.now().toString() : createdAt;
        DcsTime.fleet("Job " + id + " createdAt", createdAt);
        durationMs = durationMs == null ? 0L : durationMs;
        outcome = outcome == null ? SUCCESS : outcome;
        if (!outcome.equals(SUCCESS) && !outcome.equals(FAIL)) {
            throw new IllegalArgumentException("Job " + id + " outcome must be SUCCESS or FAIL");
        }
        status = status == null ? INIT : status;
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
        return status.equals(SUCCESS) || status.equals(FAIL);
    }

    /** This job as it is at {@code now}; a finished job stays as it is. */
    DcsJob at(Instant now) {
        if (finished()) {
            return this;
        }
        String reached = !now.isBefore(ends()) ? outcome
                : !now.isBefore(created().plus(Duration.ofMillis(durationMs / 4))) ? RUNNING : INIT;
        return new DcsJob(id, taskId, instanceId, action, nodeIds, createdAt, durationMs, outcome, failReason, reached);
    }

    /** The node status a successful job leaves its nodes in. */
    String nodeStatus() {
        return "start".equals(action) ? DcsNode.ACTIVE : DcsNode.INACTIVE;
    }
}
