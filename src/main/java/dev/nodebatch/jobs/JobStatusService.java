package dev.nodebatch.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.JobFollower;

/**
 * A provider service whose jobs {@code job-status} can look up: a CDI bean per service, found by its name. A new
 * service is added by adding a bean, not by editing {@link JobStatus}. By default a service's jobs are jobs proper,
 * read one by one in the input's Huawei project; a service of nodes read pool by pool says so.
 */
public interface JobStatusService {

    /** DCS job ids are 32 hex digits, GeminiDB's UUIDs: letters, digits and dashes. */
    String JOB_ID = "[A-Za-z0-9][A-Za-z0-9-]{0,63}";

    /** The {@code service} value of the input's jobs, e.g. {@code dcs}. */
    String name();

    /**
     * Whether its jobs run in the input's Huawei project: then the input's {@code region} and {@code projectId} are
     * required.
     */
    default boolean inHuaweiProject() {
        return true;
    }

    /** Why this service cannot be reached in the input's cloud and region, if it cannot. */
    default Optional<String> scopeProblem(JobStatusInput input) {
        return Optional.empty();
    }

    /**
     * The job fields ({@code poolName}, {@code batchUrl}, {@code poolId}) that say where a job of this service runs:
     * a job must give each of them, and no other.
     */
    default Set<String> scopeFields() {
        return Set.of();
    }

    /** Whether one read sees every job of a scope (a pool's node list), so that its jobs are read together. */
    default boolean readsWholeScope() {
        return false;
    }

    /**
     * What is wrong with a job that field validation cannot see (the shape of this service's ids, a scope value it
     * may not use), with paths under {@code path}, e.g. {@code jobs[2]}. By default a job id is {@link #JOB_ID}.
     */
    default List<InputViolation> check(JobRequest job, String path) {
        List<InputViolation> violations = new ArrayList<>();
        if (job.jobId != null && !job.jobId.matches(JOB_ID)) {
            violations.add(new InputViolation(path + ".jobId", "must be a job id (letters, digits and dashes)"));
        }
        return violations;
    }

    /**
     * Follows this service's jobs of one scope: the input's (region, project, cloud), and the scope fields of
     * {@code job}, which every job read with it shares.
     */
    JobFollower follower(JobStatusInput input, JobRequest job);
}
