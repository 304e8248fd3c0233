package dev.nodebatch.emulator.huawei.elb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.EmulatorJson;

/** One entry of a batch-update body: the member and the fields to change (null: unchanged). */
record MemberUpdate(String id, String name, Integer protocolPort, Integer weight) {

    // ELB rejects more than 200 members per call
    static final int MAX_MEMBERS = 200;
    private static final int MAX_NAME_LENGTH = 255;

    /**
     * Reads and checks a {@code {"members":[...]}} body; the first problem found is thrown.
     *
     * @throws ElbException ELB.0002 for an empty body, ELB.1001 for anything else wrong
     */
    static List<MemberUpdate> parseBatch(byte[] body) {
        if (body.length == 0) {
            throw ElbException.emptyBody();
        }
        JsonNode members = readTree(body).path("members");
        if (!members.isArray() || members.isEmpty()) {
            throw ElbException.invalid("members", "a non-empty list of members is required");
        }
        if (members.size() > MAX_MEMBERS) {
            throw ElbException.invalid("members", "at most " + MAX_MEMBERS + " members can be updated at once, got "
                    + members.size());
        }
        List<MemberUpdate> updates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < members.size(); index++) {
            MemberUpdate update = parse(members.get(index), index);
            if (!ids.add(update.id())) {
                throw ElbException.invalid("id", "member " + update.id() + " is listed more than once");
            }
            updates.add(update);
        }
        return updates;
    }

    private static JsonNode readTree(byte[] body) {
        try {
            JsonNode tree = EmulatorJson.MAPPER.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ElbException.invalid("request body", "a JSON object is required");
            }
            return tree;
        } catch (IOException e) {
            throw ElbException.invalid("request body", "it is not valid JSON");
        }
    }

    private static MemberUpdate parse(JsonNode member, int index) {
        if (!member.isObject()) {
            throw ElbException.invalid("members", "entry " + index + " is not an object");
        }
        JsonNode id = member.path("id");
        if (!id.isTextual() || id.asText().isBlank()) {
            throw ElbException.invalid("id", "member at index " + index + " has no id");
        }
        String memberId = id.asText();
        String name = text(member, "name", memberId);
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            throw ElbException.invalid("name", "member " + memberId + " name is longer than " + MAX_NAME_LENGTH);
        }
        return new MemberUpdate(memberId, name, integer(member, "protocol_port", memberId, 1, 65535),
                integer(member, "weight", memberId, 0, 100));
    }

    private static String text(JsonNode member, String field, String memberId) {
        JsonNode value = member.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ElbException.invalid(field, "member " + memberId + " " + field + " must be a string");
        }
        return value.asText();
    }

    private static Integer integer(JsonNode member, String field, String memberId, int min, int max) {
        JsonNode value = member.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw ElbException.invalid(field, "member " + memberId + " " + field + " must be an integer");
        }
        long number = value.asLong();
        if (number < min || number > max || !value.canConvertToInt()) {
            throw ElbException.invalid(field, "member " + memberId + " " + field + " " + value.asText()
                    + " is out of range [" + min + ", " + max + "]");
        }
        return (int) number;
    }
}
