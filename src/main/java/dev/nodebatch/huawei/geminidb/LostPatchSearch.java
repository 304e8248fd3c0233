package dev.nodebatch.huawei.geminidb;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderEndpoint;
import dev.nodebatch.batch.SettlingRead;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * Finds the jobs of a patch whose answer was lost (a 5xx, a timeout, a lost connection, an unreadable body), or
 * that did not mention an instance: every {@code UpgradeDbVersion} job names its instance, so the jobs started
 * since the invocation began are listed and the newest of each target instance is taken. Found → SUBMITTED with
 * that job; none → not applied. The patch is never sent again.
 */
final class LostPatchSearch implements SettlingRead<PatchTarget> {

    static final String PATCH_JOB = "UpgradeDbVersion";
    // ListJobs: limit 10, 20 or 50
    private static final int PAGE = 50;

    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final URI endpoint;
    private final String projectId;
    private final Instant since;

    /** @param since a little before the first patch could have reached the provider, allowing for clock skew */
    LostPatchSearch(HuaweiRestClients clients, ProviderCallGuard guard, URI endpoint, String projectId,
            Instant since) {
        this.clients = clients;
        this.guard = guard;
        this.endpoint = endpoint;
        this.projectId = projectId;
        this.since = since;
    }

    /** @throws dev.nodebatch.batch.ProviderCallException when the job list cannot be read: the targets stay UNKNOWN */
    @Override
    public Map<String, Settlement> read(List<PatchTarget> targets, Deadline deadline) {
        GeminiDbApi api = clients.client(GeminiDbApi.class, endpoint);
        ProviderEndpoint paced = clients.endpoint(endpoint);
        Set<String> wanted = targets.stream().map(PatchTarget::instanceId).collect(Collectors.toSet());
        Map<String, JobPage.Job> newest = new HashMap<>();
        String startTime = GeminiDbTimes.query(since);
        int offset = 0;
        while (true) {
            int from = offset;
            JobPage page = guard.call(paced, true, deadline, new AtomicInteger(), () -> clients.exchange(
                    () -> api.listJobs(projectId, null, PATCH_JOB, startTime, from, PAGE), deadline, JobPage.class));
            page.listed().stream().filter(job -> wanted.contains(job.instanceId()))
                    .forEach(job -> newest.putIfAbsent(job.instanceId(), job));
            offset += page.listed().size();
            if (newest.size() == wanted.size() || page.listed().isEmpty() || page.totalCount() == null
                    || offset >= page.totalCount()) {
                break;
            }
        }
        Map<String, Settlement> found = new HashMap<>();
        for (PatchTarget target : targets) {
            JobPage.Job job = newest.get(target.instanceId());
            if (job == null) {
                found.put(target.instanceId(), Settlement.notApplied());
            } else {
                Map<String, Object> state = target.state();
                state.put("jobStatus", job.status());
                found.put(target.instanceId(), Settlement.submitted(job.id(), state));
            }
        }
        return found;
    }
}
