package dev.nodebatch.emulator.huawei.geminidb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The GeminiDB state of every project. Jobs move on with the clock: every access first brings each project to the
 * current time, so a job that has ended is final and has had its effect before anyone looks. Thread-safe.
 */
final class GeminiDbFleet {

    private Map<String, GeminiDbProject> projects = Map.of();

    synchronized void replace(Map<String, GeminiDbProject> replaced) {
        projects = Collections.unmodifiableMap(new LinkedHashMap<>(replaced));
    }

    /** Project ids to their GeminiDB resources at {@code now}, in the fleet document's order. */
    synchronized Map<String, GeminiDbProject> projects(Instant now) {
        settle(now);
        return projects;
    }

    /** The project at {@code now}; an unknown project has no instances and no jobs. */
    synchronized GeminiDbProject project(String projectId, Instant now) {
        settle(now);
        return projects.getOrDefault(projectId, GeminiDbProject.empty());
    }

    /**
     * Starts a patch job for each instance that may be patched; the others get the reason in their result.
     *
     * @param fails whether the jobs are to end {@code Failed}
     * @return one result per requested instance, in request order
     * @throws GeminiDbException DBS.200001 when the known instances are of more than one engine
     */
    synchronized List<UpgradeResult> upgrade(String projectId, PatchRequest request, boolean fails, Instant now) {
        GeminiDbProject project = project(projectId, now);
        List<String> engines = request.instanceIds().stream().map(project::instance).flatMap(Optional::stream)
                .map(GeminiDbInstance::datastoreType).distinct().sorted().toList();
        if (engines.size() > 1) {
            throw GeminiDbException.parameter("the instances must be of one engine, found " + engines);
        }
        List<UpgradeResult> results = new ArrayList<>();
        List<GeminiDbJob> started = new ArrayList<>();
        for (String instanceId : request.instanceIds()) {
            Optional<GeminiDbException> refusal = refusal(project, instanceId);
            if (refusal.isPresent()) {
                results.add(UpgradeResult.refused(instanceId, refusal.get()));
                continue;
            }
            GeminiDbInstance instance = project.instance(instanceId).orElseThrow();
            GeminiDbJob job = new GeminiDbJob(UUID.randomUUID().toString(), GeminiDbJob.UPGRADE_DB_VERSION, instanceId,
                    instance.name(), now.toString(), instance.jobDurationMs(),
                    fails ? GeminiDbJob.FAILED : GeminiDbJob.COMPLETED,
                    fails ? "Failed to upgrade the database patch version of instance " + instanceId + "." : null,
                    GeminiDbJob.RUNNING);
            started.add(job);
            results.add(UpgradeResult.submitted(instanceId, job.id()));
        }
        if (!started.isEmpty()) {
            Map<String, GeminiDbProject> replaced = new LinkedHashMap<>(projects);
            replaced.put(projectId, project.withJobs(started).at(now));
            replace(replaced);
        }
        return results;
    }

    /** Why an instance may not be patched now, if it may not. */
    private static Optional<GeminiDbException> refusal(GeminiDbProject project, String instanceId) {
        Optional<GeminiDbInstance> found = project.instance(instanceId);
        if (found.isEmpty()) {
            return Optional.of(GeminiDbException.instanceNotFound(instanceId));
        }
        GeminiDbInstance instance = found.get();
        String reason = !instance.status().equals(GeminiDbInstance.NORMAL) ? "it is " + instance.status()
                : project.runningJob(instanceId).map(job -> "its job " + job.id() + " (" + job.name() + ") is running")
                        .orElse(instance.patchAvailable() ? null : "no patch is available for it");
        return Optional.ofNullable(reason)
                .map(why -> GeminiDbException.statusForbids(instanceId, why, GeminiDbJob.UPGRADE_DB_VERSION));
    }

    private void settle(Instant now) {
        Map<String, GeminiDbProject> settled = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, GeminiDbProject> project : projects.entrySet()) {
            GeminiDbProject current = project.getValue().at(now);
            changed |= current != project.getValue();
            settled.put(project.getKey(), current);
        }
        if (changed) {
            replace(settled);
        }
    }
}
