package dev.nodebatch.emulator.huawei.dcs;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The DCS state of every project. Jobs move on with the clock: every access first brings each project to the
 * current time, so a job that has ended is final and has had its effect before anyone looks. Thread-safe.
 */
final class DcsFleet {

    // ChangeNodesStartStopStatus doc: back up the instance (unless single-node) within 24 hours before stopping a node
    static final Duration BACKUP_WINDOW = Duration.ofHours(24);

    private Map<String, DcsProject> projects = Map.of();

    synchronized void replace(Map<String, DcsProject> replaced) {
        projects = Collections.unmodifiableMap(new LinkedHashMap<>(replaced));
    }

    /** Project ids to their DCS resources at {@code now}, in the fleet document's order. */
    synchronized Map<String, DcsProject> projects(Instant now) {
        settle(now);
        return projects;
    }

    /** @throws DcsException DCS.4002 when the project has no such instance */
    synchronized DcsInstance instance(String projectId, String instanceId, Instant now) {
        return project(projectId, instanceId, now).instance(instanceId)
                .orElseThrow(() -> DcsException.instanceNotFound(instanceId));
    }

    /** @throws DcsException DCS.4004 when the project has no such job */
    synchronized DcsJob job(String projectId, String jobId, Instant now) {
        settle(now);
        return projects.getOrDefault(projectId, new DcsProject(null, null, null)).jobs().stream()
                .filter(job -> job.id().equals(jobId)).findFirst()
                .orElseThrow(() -> DcsException.jobNotFound(jobId));
    }

    /** The instance's start/stop jobs, newest first. */
    synchronized List<DcsJob> jobs(String projectId, String instanceId, Instant now) {
        DcsProject project = project(projectId, instanceId, now);
        project.instance(instanceId).orElseThrow(() -> DcsException.instanceNotFound(instanceId));
        return project.jobs().stream().filter(job -> job.instanceId().equals(instanceId))
                .sorted((a, b) -> b.created().compareTo(a.created())).toList();
    }

    synchronized boolean answersText(String projectId) {
        return projects.containsKey(projectId) && projects.get(projectId).answersText();
    }

    /**
     * Starts a job that starts or stops nodes of an instance, after the checks the API makes.
     *
     * @param fails whether the job is to end {@code FAIL}
     * @throws DcsException for an unknown instance or node, an instance that is not running or runs another job, a
     *         node in the wrong state, or a stop without a recent backup
     */
    synchronized DcsJob changeNodes(String projectId, String instanceId, NodeStatusChange change, boolean fails,
            Instant now) {
        DcsProject project = project(projectId, instanceId, now);
        DcsInstance instance = project.instance(instanceId).orElseThrow(() -> DcsException.instanceNotFound(instanceId));
        if (!instance.status().equals(DcsInstance.RUNNING)) {
            throw DcsException.notRunning(instanceId, instance.status());
        }
        project.unfinishedJob(instanceId).ifPresent(running -> {
            throw DcsException.busy(instanceId, running.id());
        });
        List<String> nodeIds = targets(instance, change);
        if (change.action().equals("stop") && !instance.singleNode()
                && instance.backups().stream().noneMatch(backup -> backup.succeededSince(now.minus(BACKUP_WINDOW)))) {
            throw DcsException.noRecentBackup(instanceId);
        }
        String failReason = fails ? "Failed to " + change.action() + " nodes " + String.join(", ", nodeIds) + "." : null;
        DcsJob job = new DcsJob(newId(), newId(), instanceId, change.action(), nodeIds, now.toString(),
                instance.jobDurationMs(), fails ? DcsJob.FAIL : DcsJob.SUCCESS, failReason, DcsJob.INIT);
        Map<String, DcsProject> replaced = new LinkedHashMap<>(projects);
        replaced.put(projectId, project.withJob(job).at(now));
        replace(replaced);
        return job(projectId, job.id(), now);
    }

    /** The nodes a change starts or stops: those it names, or every node not yet in the wanted state. */
    private static List<String> targets(DcsInstance instance, NodeStatusChange change) {
        String from = change.action().equals("start") ? DcsNode.INACTIVE : DcsNode.ACTIVE;
        if (change.nodeIds() == null) {
            List<DcsNode> changing = instance.nodes().stream().filter(node -> node.status().equals(from)).toList();
            if (changing.isEmpty()) {
                DcsNode any = instance.nodes().isEmpty() ? null : instance.nodes().get(0);
                throw any == null ? DcsException.invalid("instance " + instance.id() + " has no nodes")
                        : DcsException.nodeState(any.id(), any.status(), change.action());
            }
            return changing.stream().map(DcsNode::id).toList();
        }
        for (String nodeId : change.nodeIds()) {
            DcsNode node = instance.node(nodeId).orElseThrow(() -> DcsException.nodeNotFound(instance.id(), nodeId));
            if (!node.status().equals(from)) {
                throw DcsException.nodeState(nodeId, node.status(), change.action());
            }
        }
        return change.nodeIds();
    }

    private DcsProject project(String projectId, String instanceId, Instant now) {
        settle(now);
        DcsProject project = projects.get(projectId);
        if (project == null) {
            throw DcsException.instanceNotFound(instanceId);
        }
        return project;
    }

    private void settle(Instant now) {
        Map<String, DcsProject> settled = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, DcsProject> project : projects.entrySet()) {
            DcsProject current = project.getValue().at(now);
            changed |= current != project.getValue();
            settled.put(project.getKey(), current);
        }
        if (changed) {
            replace(settled);
        }
    }

    /** DCS job and task ids are 32 hex digits, e.g. {@code ff8080817fe01bb2017fe3cf68860481}. */
    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
