package dev.nodebatch.huawei.dcs;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderEndpoint;
import dev.nodebatch.batch.SettlingRead;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * Finds the job of a start/stop whose answer was lost (a 5xx, a timeout, a lost connection, an unreadable body)
 * in the instance's background tasks: the newest start/stop task created since the invocation began, for the
 * same action and nodes, names the job by its {@code job_id}. Found → SUBMITTED with that job; no such task →
 * not applied. A task without {@code job_id} (older DCS versions) cannot be linked to a job, so its instance's
 * targets are left UNKNOWN. The submit is never sent again.
 */
final class LostSubmitSearch implements SettlingRead<NodeTarget> {

    // ListBackgroundTask pages like ListBackupRecords (limit up to 1000)
    private static final int PAGE = 100;

    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final ObjectMapper mapper;
    private final URI endpoint;
    private final String projectId;
    private final Instant since;

    /** @param since a little before the first submit could have reached the provider, allowing for clock skew */
    LostSubmitSearch(HuaweiRestClients clients, ProviderCallGuard guard, ObjectMapper mapper, URI endpoint,
            String projectId, Instant since) {
        this.clients = clients;
        this.guard = guard;
        this.mapper = mapper;
        this.endpoint = endpoint;
        this.projectId = projectId;
        this.since = since;
    }

    @Override
    public Map<String, Settlement> read(List<NodeTarget> targets, Deadline deadline) {
        DcsApi api = clients.client(DcsApi.class, endpoint);
        ProviderEndpoint paced = clients.endpoint(endpoint);
        Map<String, List<NodeTarget>> byInstance = new LinkedHashMap<>();
        targets.forEach(target -> byInstance.computeIfAbsent(target.instanceId(), id -> new ArrayList<>())
                .add(target));
        Map<String, Settlement> found = new HashMap<>();
        ProviderCallException failed = null;
        for (Map.Entry<String, List<NodeTarget>> instance : byInstance.entrySet()) {
            Optional<BackgroundTasks.Task> task;
            try {
                task = newestMatching(api, paced, instance.getKey(), instance.getValue(), deadline);
            } catch (ProviderCallException e) {
                failed = e;
                continue;
            }
            if (task.isPresent() && (task.get().jobId() == null || task.get().jobId().isBlank())) {
                continue;
            }
            for (NodeTarget target : instance.getValue()) {
                found.put(target.id(), task.map(match -> {
                    Map<String, Object> state = target.state();
                    state.put("taskStatus", match.status());
                    return Settlement.submitted(match.jobId(), state);
                }).orElseGet(Settlement::notApplied));
            }
        }
        if (found.isEmpty() && failed != null) {
            throw failed;
        }
        return found;
    }

    private Optional<BackgroundTasks.Task> newestMatching(DcsApi api, ProviderEndpoint paced, String instanceId,
            List<NodeTarget> targets, Deadline deadline) {
        String startTime = DcsTimes.query(since);
        Set<String> nodeIds = new HashSet<>();
        targets.stream().filter(target -> !target.wholeInstance()).forEach(target -> nodeIds.add(target.nodeId()));
        int offset = 0;
        while (true) {
            int from = offset;
            BackgroundTasks page = guard.call(paced, true, deadline, new AtomicInteger(), () -> clients.exchange(
                    () -> api.listBackgroundTasks(projectId, instanceId, startTime, from, PAGE), deadline,
                    BackgroundTasks.class));
            Optional<BackgroundTasks.Task> match = page.listed().stream()
                    .filter(task -> startedSince(task) && sameChange(task, targets.get(0).action(), nodeIds))
                    .findFirst();
            offset += page.listed().size();
            if (match.isPresent() || page.listed().isEmpty() || offset >= page.total()) {
                return match;
            }
        }
    }

    private boolean startedSince(BackgroundTasks.Task task) {
        return DcsTimes.answered(task.createdAt()).map(created -> !created.isBefore(since)).orElse(true);
    }

    /**
     * The task's name or its params name the same action; where the params list nodes and the targets name nodes,
     * they are the same nodes. The task names for start/stop are undocumented (StartNodes/StopNodes here), so the
     * params are read too.
     */
    private boolean sameChange(BackgroundTasks.Task task, NodeAction action, Set<String> nodeIds) {
        JsonNode params = params(task);
        String paramsAction = params.path("action").asText("");
        boolean sameAction = paramsAction.equalsIgnoreCase(action.toString())
                || (paramsAction.isEmpty() && (action == NodeAction.START ? "StartNodes" : "StopNodes")
                        .equalsIgnoreCase(task.name()));
        if (!sameAction || nodeIds.isEmpty() || !params.path("node_ids").isArray()) {
            return sameAction;
        }
        Set<String> taskNodes = new HashSet<>();
        params.path("node_ids").forEach(node -> taskNodes.add(node.asText()));
        return taskNodes.equals(nodeIds);
    }

    private JsonNode params(BackgroundTasks.Task task) {
        try {
            return task.params() == null ? mapper.missingNode() : mapper.readTree(task.params());
        } catch (Exception e) {
            return mapper.missingNode();
        }
    }
}
