package dev.nodebatch.emulator.huawei.dcs;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A node of a DCS instance, as the fleet document describes it. {@code id} is the {@code node_id} that
 * {@code ShowNodesInformation} lists and that a start/stop names. Absent fields take defaults: role
 * {@code redis-server}, type {@code master}, status {@code Active}, port 6379.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DcsNode(String id, String logicalNodeId, String name, String role, String type, String status,
        String azCode, String ip, Integer port, String groupId, String groupName) {

    static final String ACTIVE = "Active";
    static final String INACTIVE = "Inactive";
    // NodesInfoResp.StatusEnum of the DCS SDK
    private static final Set<String> STATUSES = Set.of("Creating", ACTIVE, INACTIVE, "Deleting", "AddSharding");

    public DcsNode {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A node needs an id");
        }
        name = name == null ? id : name;
        role = role == null ? "redis-server" : role;
        type = type == null ? "master" : type;
        status = status == null ? ACTIVE : status;
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Node " + id + " status must be one of " + STATUSES);
        }
        port = port == null ? 6379 : port;
    }

    DcsNode withStatus(String changed) {
        return new DcsNode(id, logicalNodeId, name, role, type, changed, azCode, ip, port, groupId, groupName);
    }
}
