package dev.nodebatch.emulator.huawei.dcs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The DCS resources of one project: the fleet document's {@code huawei.projects.<projectId>.dcs}.
 *
 * @param nodeStatusAnswer how a start/stop answers: {@code json} (default), {@code {"job_id":"…"}} as the API
 *        reference shows, or {@code text}, the bare {@code job_id:…} that the Huawei Terraform provider parses
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DcsProject(List<DcsInstance> instances, List<DcsJob> jobs, String nodeStatusAnswer) {

    static final String TEXT = "text";
    private static final Set<String> ANSWERS = Set.of("json", TEXT);

    public DcsProject {
        instances = instances == null ? List.of() : List.copyOf(instances);
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        nodeStatusAnswer = nodeStatusAnswer == null ? "json" : nodeStatusAnswer;
        if (!ANSWERS.contains(nodeStatusAnswer)) {
            throw new IllegalArgumentException("nodeStatusAnswer must be one of " + ANSWERS);
        }
        Set<String> ids = new HashSet<>();
        for (DcsInstance instance : instances) {
            if (!ids.add(instance.id())) {
                throw new IllegalArgumentException("Instance " + instance.id() + " is listed twice");
            }
        }
        Set<String> jobIds = new HashSet<>();
        for (DcsJob job : jobs) {
            if (!jobIds.add(job.id())) {
                throw new IllegalArgumentException("Job " + job.id() + " is listed twice");
            }
            DcsInstance instance = instances.stream().filter(i -> i.id().equals(job.instanceId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Job " + job.id() + " names instance "
                            + job.instanceId() + ", which is not listed"));
            job.nodeIds().stream().filter(nodeId -> instance.node(nodeId).isEmpty()).findFirst().ifPresent(nodeId -> {
                throw new IllegalArgumentException("Job " + job.id() + " names node " + nodeId
                        + ", which instance " + instance.id() + " does not have");
            });
        }
    }

    Optional<DcsInstance> instance(String instanceId) {
        return instances.stream().filter(instance -> instance.id().equals(instanceId)).findFirst();
    }

    Optional<DcsJob> unfinishedJob(String instanceId) {
        return jobs.stream().filter(job -> job.instanceId().equals(instanceId) && !job.finished()).findFirst();
    }

    boolean answersText() {
        return TEXT.equals(nodeStatusAnswer);
    }

    DcsProject withJob(DcsJob added) {
        List<DcsJob> more = new ArrayList<>(jobs);
        more.add(added);
        return new DcsProject(instances, more, nodeStatusAnswer);
    }

    /** This project at {@code now}: jobs that have ended by then are final, and the successful ones changed their nodes. */
    DcsProject at(Instant now) {
        List<DcsJob> settled = jobs.stream().map(job -> job.at(now)).toList();
        if (settled.equals(jobs)) {
            return this;
        }
        List<DcsJob> succeeded = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (!jobs.get(i).finished() && settled.get(i).status().equals(DcsJob.SUCCESS)) {
                succeeded.add(settled.get(i));
            }
        }
        succeeded.sort(Comparator.comparing(DcsJob::ends));
        List<DcsInstance> changed = new ArrayList<>(instances);
        succeeded.forEach(job -> apply(changed, job));
        return new DcsProject(changed, settled, nodeStatusAnswer);
    }

    private static void apply(List<DcsInstance> instances, DcsJob job) {
        for (int i = 0; i < instances.size(); i++) {
            DcsInstance instance = instances.get(i);
            if (instance.id().equals(job.instanceId())) {
                instances.set(i, instance.withNodes(instance.nodes().stream()
                        .map(node -> job.nodeIds().contains(node.id()) ? node.withStatus(job.nodeStatus()) : node)
                        .toList()));
            }
        }
    }
}
