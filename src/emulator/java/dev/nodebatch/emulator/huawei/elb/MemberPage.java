package dev.nodebatch.emulator.huawei.elb;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatorJson;
import dev.nodebatch.emulator.ProviderCall;

/** One page of a pool's members, filtered by the list operation's multi-valued query filters (docs/huawei.md). */
record MemberPage(List<ObjectNode> members, boolean more) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 2000;
    private static final List<String> FILTERS = List.of("id", "name", "weight", "admin_state_up", "subnet_cidr_id",
            "address", "protocol_port", "operating_status", "ip_version", "member_type", "instance_id");

    /** @throws ElbException ELB.1001 for a bad limit or a marker that is not a listed member */
    static MemberPage of(String projectId, ElbPool pool, ProviderCall call) {
        int limit = limit(call);
        List<ObjectNode> listed = pool.members().stream().map(member -> MemberJson.member(projectId, member))
                .filter(member -> matches(member, call.query())).toList();
        int from = 0;
        if (call.queryValue("marker").isPresent()) {
            String marker = call.queryValue("marker").get();
            from = indexOf(listed, marker) + 1;
            if (from == 0) {
                throw ElbException.invalid("marker", "member " + marker + " is not in pool " + pool.id());
            }
        }
        int to = Math.min(listed.size(), from + limit);
        return new MemberPage(listed.subList(from, to), to < listed.size());
    }

    ObjectNode pageInfo() {
        ObjectNode info = EmulatorJson.MAPPER.createObjectNode();
        if (!members.isEmpty()) {
            info.put("previous_marker", members.get(0).get("id").asText());
        }
        if (more) {
            info.put("next_marker", members.get(members.size() - 1).get("id").asText());
        }
        return info.put("current_count", members.size());
    }

    private static int limit(ProviderCall call) {
        String value = call.queryValue("limit").orElse(Integer.toString(DEFAULT_LIMIT));
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range limit
        }
        throw ElbException.invalid("limit", value + " is not an integer within [1, " + MAX_LIMIT + "]");
    }

    private static boolean matches(ObjectNode member, Map<String, List<String>> query) {
        for (String filter : FILTERS) {
            List<String> wanted = query.getOrDefault(filter, List.of());
            JsonNode value = member.path(filter);
            if (!wanted.isEmpty() && !wanted.contains(value.isNull() ? "" : value.asText())) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<ObjectNode> members, String id) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
