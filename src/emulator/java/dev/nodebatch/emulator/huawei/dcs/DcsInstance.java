package dev.nodebatch.emulator.huawei.dcs;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A DCS (Redis) instance, its nodes and its backup records, as the fleet document describes it. Absent fields take
 * defaults: engine version 6.0, status {@code RUNNING}, capacity 1 GB, created now, jobs that take 2000 ms.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DcsInstance(String id, String name, String engineVersion, String cacheMode, String status,
        Integer capacity, String createdAt, Long jobDurationMs, List<DcsNode> nodes, List<DcsBackup> backups) {

    static final String RUNNING = "RUNNING";
    static final String SINGLE = "single";
    // ShowInstanceResponse.CacheModeEnum of the DCS SDK
    private static final Set<String> CACHE_MODES = Set.of(SINGLE, "ha", "cluster", "proxy", "ha_rw_split");

    public DcsInstance {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An instance needs an id");
        }
        if (cacheMode == null || !CACHE_MODES.contains(cacheMode)) {
            throw new IllegalArgumentException("Instance " + id + " cacheMode must be one of " + CACHE_MODES);
        }
        if (jobDurationMs != null && jobDurationMs < 0) {
            throw new IllegalArgumentException("Instance " + id + " jobDurationMs must be >= 0");
        }
        name = name == null ? id : name;
        engineVersion = engineVersion == null ? "6.0" : engineVersion;
        status = status == null ? RUNNING : status;
        capacity = capacity == null ? 1 : capacity;
        createdAt = createdAt == null ? Instant.now().toString() : createdAt;
        DcsTime.fleet("Instance " + id + " createdAt", createdAt);
        jobDurationMs = jobDurationMs == null ? 2000L : jobDurationMs;
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        backups = backups == null ? List.of() : List.copyOf(backups);
        requireUnique(id, "node", nodes.stream().map(DcsNode::id).toList());
        requireUnique(id, "backup", backups.stream().map(DcsBackup::id).toList());
    }

    private static void requireUnique(String instanceId, String kind, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Instance " + instanceId + " lists " + kind + " " + id + " twice");
            }
        }
    }

    Optional<DcsNode> node(String nodeId) {
        return nodes.stream().filter(node -> node.id().equals(nodeId)).findFirst();
    }

    boolean singleNode() {
        return SINGLE.equals(cacheMode);
    }

    DcsInstance withNodes(List<DcsNode> changed) {
        return new DcsInstance(id, name, engineVersion, cacheMode, status, capacity, createdAt, jobDurationMs, changed,
                backups);
    }
}
