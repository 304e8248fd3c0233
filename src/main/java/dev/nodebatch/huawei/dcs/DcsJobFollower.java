package dev.nodebatch.huawei.dcs;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.nodebatch.batch.Acceptor;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.Observation;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderEndpoint;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.batch.WaitState;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * Follows DCS jobs with {@code GET /v2/{project_id}/jobs/{job_id}}, one read a job however many targets it
 * carries: INIT and RUNNING are under way, SUCCESS and FAIL final (a FAIL carries the job's {@code fail_reason});
 * a job the service does not know (404) has failed. Keeps no state between calls.
 */
public final class DcsJobFollower implements JobFollower {

    private static final List<Acceptor> ACCEPTORS = List.of(
            Acceptor.onState(WaitState.SUCCESS, "SUCCESS"),
            Acceptor.onState(WaitState.FAILURE, "FAIL"),
            Acceptor.onHttpStatus(WaitState.FAILURE, 404),
            Acceptor.onState(WaitState.RETRY, "INIT", "RUNNING"));

    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final URI endpoint;
    private final String projectId;

    public DcsJobFollower(HuaweiRestClients clients, ProviderCallGuard guard, URI endpoint, String projectId) {
        this.clients = clients;
        this.guard = guard;
        this.endpoint = endpoint;
        this.projectId = projectId;
    }

    @Override
    public Map<String, Observation> observe(List<TargetOutcome> pending, Deadline deadline) {
        DcsApi api = clients.client(DcsApi.class, endpoint);
        ProviderEndpoint paced = clients.endpoint(endpoint);
        Map<String, Observation> seen = new HashMap<>();
        Map<String, Observation> jobs = new HashMap<>();
        for (TargetOutcome outcome : pending) {
            if (outcome.jobId() == null) {
                continue;
            }
            Observation job = jobs.computeIfAbsent(outcome.jobId(), jobId -> read(api, paced, jobId, deadline));
            seen.put(outcome.id(), withTargetState(job, outcome));
        }
        return seen;
    }

    @Override
    public List<Acceptor> acceptors() {
        return ACCEPTORS;
    }

    private Observation read(DcsApi api, ProviderEndpoint paced, String jobId, Deadline deadline) {
        JobInfo job;
        try {
            job = guard.call(paced, true, deadline, new AtomicInteger(),
                    () -> clients.exchange(() -> api.showJob(projectId, jobId), deadline, JobInfo.class));
        } catch (ProviderCallException e) {
            return Observation.unreadable(e.error());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("jobStatus", job.status());
        DcsTimes.epochMillis(job.beginTime()).ifPresent(begin -> details.put("jobBegan", begin));
        DcsTimes.epochMillis(job.endTime()).ifPresent(end -> details.put("jobEnded", end));
        if ("FAIL".equalsIgnoreCase(job.status())) {
            String reason = job.failReason() == null || job.failReason().isBlank() ? "the DCS job ended FAIL"
                    : job.failReason();
            return Observation.failed(job.status(), details,
                    ProviderError.of(ErrorCategory.PROVIDER_ERROR, "NODEBATCH.JOB_FAILED", reason, null));
        }
        return Observation.of(job.status(), details);
    }

    /** The job's details on top of what the target already showed (its instance, the action). */
    private static Observation withTargetState(Observation job, TargetOutcome outcome) {
        if (job.state() == null) {
            return job;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (outcome.state() != null) {
            details.putAll(outcome.state());
        }
        details.putAll(job.details());
        return new Observation(job.state(), details, job.error());
    }
}
