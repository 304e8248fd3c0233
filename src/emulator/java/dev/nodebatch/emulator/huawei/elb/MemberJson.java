package dev.nodebatch.emulator.huawei.elb;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatorJson;

/** Members as the ELB v3 API shows them (docs/huawei.md): snake_case, with the project id. */
final class MemberJson {

    private MemberJson() {
    }

    /** The {@code BatchUpdateMember} shape of a batch-update answer. */
    static ObjectNode batchUpdateMember(String projectId, ElbMember member) {
        ObjectNode json = EmulatorJson.MAPPER.createObjectNode()
                .put("id", member.id())
                .put("name", member.name())
                .put("project_id", projectId)
                .put("admin_state_up", member.adminStateUp())
                .put("subnet_cidr_id", member.subnetCidrId())
                .put("protocol_port", member.protocolPort())
                .put("weight", member.weight())
                .put("address", member.address())
                .put("operating_status", member.operatingStatus())
                .put("member_type", member.memberType())
                .put("instance_id", member.instanceId());
        return json.put("created_at", member.createdAt()).put("updated_at", member.updatedAt());
    }

    /** The {@code Member} shape of list and show answers. */
    static ObjectNode member(String projectId, ElbMember member) {
        return batchUpdateMember(projectId, member).put("ip_version", member.ipVersion());
    }
}
