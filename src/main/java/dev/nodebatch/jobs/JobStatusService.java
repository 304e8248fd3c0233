package dev.nodebatch.jobs;

import java.util.Optional;

import dev.nodebatch.batch.JobFollower;

/**
 * A provider service whose jobs {@code job-status} can look up: a CDI bean per service, found by its name. A new
 * service (ModelArts nodes, Azure Batch nodes) is added by adding a bean, not by editing {@link JobStatus}.
 */
public interface JobStatusService {

    /** The {@code service} value of the input's jobs, e.g. {@code dcs}. */
    String name();

    /** Why this service cannot be reached in the input's cloud and region, if it cannot. */
    Optional<String> scopeProblem(JobStatusInput input);

    /** Follows this service's jobs in the input's scope (region, project, cloud). */
    JobFollower follower(JobStatusInput input);
}
