package dev.nodebatch.emulator.huawei.geminidb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The GeminiDB resources of one project: the fleet document's {@code huawei.projects.<projectId>.geminidb}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeminiDbProject(List<GeminiDbInstance> instances, List<GeminiDbJob> jobs) {

    public GeminiDbProject {
        instances = instances == null ? List.of() : List.copyOf(instances);
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        Set<String> ids = new HashSet<>();
        for (GeminiDbInstance instance : instances) {
            if (!ids.add(instance.id())) {
                throw new IllegalArgumentException("Instance " + instance.id() + " is listed twice");
            }
        }
        Set<String> jobIds = new HashSet<>();
        for (GeminiDbJob job : jobs) {
            if (!jobIds.add(job.id())) {
                throw new IllegalArgumentException("Job " + job.id() + " is listed twice");
            }
        }
    }

    static GeminiDbProject empty() {
        return new GeminiDbProject(null, null);
    }

    Optional<GeminiDbInstance> instance(String instanceId) {
        return instances.stream().filter(instance -> instance.id().equals(instanceId)).findFirst();
    }

    Optional<GeminiDbJob> runningJob(String instanceId) {
        return jobs.stream().filter(job -> job.instanceId().equals(instanceId) && !job.finished()).findFirst();
    }

    GeminiDbProject withJobs(List<GeminiDbJob> added) {
        List<GeminiDbJob> more = new ArrayList<>(jobs);
        more.addAll(added);
        return new GeminiDbProject(instances, more);
    }

    /** This project at {@code now}: jobs that have ended by then are final, and the completed ones patched. */
    GeminiDbProject at(Instant now) {
        List<GeminiDbJob> settled = jobs.stream().map(job -> job.at(now)).toList();
        if (settled.equals(jobs)) {
            return this;
        }
        List<GeminiDbJob> completed = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (!jobs.get(i).finished() && settled.get(i).status().equals(GeminiDbJob.COMPLETED)) {
                completed.add(settled.get(i));
            }
        }
        completed.sort(Comparator.comparing(GeminiDbJob::ends));
        List<GeminiDbInstance> patched = instances.stream()
                .map(instance -> completed.stream().anyMatch(job -> job.instanceId().equals(instance.id()))
                        ? instance.patched() : instance)
                .toList();
        return new GeminiDbProject(patched, settled);
    }
}
