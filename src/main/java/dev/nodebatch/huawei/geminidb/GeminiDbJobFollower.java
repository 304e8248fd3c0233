package dev.nodebatch.huawei.geminidb;

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
 * Follows GeminiDB jobs with {@code GET /v3/{project_id}/jobs?id=}: Running is under way, Completed and Failed are
 * final (a Failed job carries its {@code fail_reason}); a job the list does not have has failed (NOT_FOUND). Keeps
 * no state between calls.
 */
public final class GeminiDbJobFollower implements JobFollower {

    static final String JOB_NOT_FOUND = "NODEBATCH.JOB_NOT_FOUND";
    private static final List<Acceptor> ACCEPTORS = List.of(
            Acceptor.onState(WaitState.SUCCESS, "Completed"),
            Acceptor.onState(WaitState.FAILURE, "Failed"),
            new Acceptor(observation -> observation.state() == null && observation.error() != null
                    && observation.error().category() == ErrorCategory.NOT_FOUND, WaitState.FAILURE),
            Acceptor.onState(WaitState.RETRY, "Running"));

    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final URI endpoint;
    private final String projectId;

    public GeminiDbJobFollower(HuaweiRestClients clients, ProviderCallGuard guard, URI endpoint, String projectId) {
        this.clients = clients;
        this.guard = guard;
        this.endpoint = endpoint;
        this.projectId = projectId;
    }

    @Override
    public Map<String, Observation> observe(List<TargetOutcome> pending, Deadline deadline) {
        GeminiDbApi api = clients.client(GeminiDbApi.class, endpoint);
        ProviderEndpoint paced = clients.endpoint(endpoint);
        Map<String, Observation> seen = new HashMap<>();
        for (TargetOutcome outcome : pending) {
            if (outcome.jobId() != null) {
                seen.put(outcome.id(), read(api, paced, outcome, deadline));
            }
        }
        return seen;
    }

    @Override
    public List<Acceptor> acceptors() {
        return ACCEPTORS;
    }

    private Observation read(GeminiDbApi api, ProviderEndpoint paced, TargetOutcome outcome, Deadline deadline) {
        JobPage page;
        try {
            page = guard.call(paced, true, deadline, new AtomicInteger(), () -> clients.exchange(
                    () -> api.listJobs(projectId, outcome.jobId(), null, null, null, null), deadline, JobPage.class));
        } catch (ProviderCallException e) {
            return Observation.unreadable(e.error());
        }
        JobPage.Job job = page.listed().stream().filter(listed -> outcome.jobId().equals(listed.id())).findFirst()
                .orElse(null);
        if (job == null) {
            return Observation.unreadable(ProviderError.of(ErrorCategory.NOT_FOUND, JOB_NOT_FOUND,
                    "the project's GeminiDB job list has no job " + outcome.jobId() + " from the last 30 days", null));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (outcome.state() != null) {
            details.putAll(outcome.state());
        }
        details.put("jobStatus", job.status());
        if (job.instanceId() != null) {
            details.put("instanceId", job.instanceId());
        }
        if ("Running".equalsIgnoreCase(job.status())) {
            putIfPresent(details, "progress", job.progress());
        }
        putIfPresent(details, "jobBegan", job.startTime());
        putIfPresent(details, "jobEnded", job.endTime());
        if ("Failed".equalsIgnoreCase(job.status())) {
            String reason = job.failReason() == null || job.failReason().isBlank() ? "the GeminiDB job ended Failed"
                    : job.failReason();
            return Observation.failed(job.status(), details,
                    ProviderError.of(ErrorCategory.PROVIDER_ERROR, "NODEBATCH.JOB_FAILED", reason, null));
        }
        return Observation.of(job.status(), details);
    }

    private static void putIfPresent(Map<String, Object> details, String key, String value) {
        if (value != null && !value.isBlank()) {
            details.put(key, value);
        }
    }
}
