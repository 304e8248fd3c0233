package dev.nodebatch.emulator.huawei.dcs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.EmulatorJson;

/**
 * The body of a node start/stop, {@code {"node_ids":[…], "action":"start"|"stop"}}.
 *
 * @param nodeIds the nodes to start or stop; null when the body leaves them out, which means every node
 */
record NodeStatusChange(String action, List<String> nodeIds) {

    /**
     * Reads and checks a body; the first problem found is thrown.
     *
     * @throws DcsException DCS.4001 for anything wrong
     */
    static NodeStatusChange parse(byte[] body) {
        if (body.length == 0) {
            throw DcsException.invalid("the request body is empty");
        }
        JsonNode tree = readTree(body);
        JsonNode action = tree.path("action");
        // The API marks action optional but names no default; guessing one could stop nodes nobody asked to stop.
        if (!action.isTextual() || !DcsJob.ACTIONS.contains(action.asText())) {
            throw DcsException.invalid("action must be \"start\" or \"stop\"");
        }
        JsonNode nodeIds = tree.path("node_ids");
        if (nodeIds.isMissingNode() || nodeIds.isNull()) {
            return new NodeStatusChange(action.asText(), null);
        }
        return new NodeStatusChange(action.asText(), nodeIds(nodeIds));
    }

    private static JsonNode readTree(byte[] body) {
        try {
            JsonNode tree = EmulatorJson.MAPPER.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw DcsException.invalid("the request body must be a JSON object");
            }
            return tree;
        } catch (IOException e) {
            throw DcsException.invalid("the request body is not valid JSON");
        }
    }

    private static List<String> nodeIds(JsonNode nodeIds) {
        if (!nodeIds.isArray()) {
            throw DcsException.invalid("node_ids must be a list of node ids");
        }
        if (nodeIds.isEmpty()) {
            // An empty list is refused rather than read as "every node": omitting node_ids says that unambiguously.
            throw DcsException.invalid("node_ids must not be empty; leave it out to start or stop every node");
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode id : nodeIds) {
            if (!id.isTextual() || id.asText().isBlank()) {
                throw DcsException.invalid("node_ids must contain node ids (strings), found " + id);
            }
            if (!seen.add(id.asText())) {
                throw DcsException.invalid("node " + id.asText() + " is listed more than once in node_ids");
            }
            ids.add(id.asText());
        }
        return ids;
    }
}
