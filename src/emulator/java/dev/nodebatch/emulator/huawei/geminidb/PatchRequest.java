package dev.nodebatch.emulator.huawei.geminidb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.EmulatorJson;

/** The body of a batch patch, {@code {"instance_ids":[…]}}. */
record PatchRequest(List<String> instanceIds) {

    // BatchUpgradeDatabaseVersionRequestBody javadoc: at most 10 instance ids per call, all of one engine
    static final int MAX_INSTANCES = 10;

    /**
     * Reads and checks a body; the first problem found is thrown.
     *
     * @throws GeminiDbException DBS.200001 for anything wrong
     */
    static PatchRequest parse(byte[] body) {
        JsonNode ids = readTree(body).path("instance_ids");
        if (!ids.isArray() || ids.isEmpty()) {
            throw GeminiDbException.parameter("instance_ids must be a non-empty list of instance ids");
        }
        if (ids.size() > MAX_INSTANCES) {
            throw GeminiDbException.parameter("at most " + MAX_INSTANCES + " instances can be patched at once, got "
                    + ids.size());
        }
        List<String> instanceIds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode id : ids) {
            if (!id.isTextual() || id.asText().isBlank()) {
                throw GeminiDbException.parameter("instance_ids must contain instance ids (strings), found " + id);
            }
            if (!seen.add(id.asText())) {
                throw GeminiDbException.parameter("instance " + id.asText() + " is listed more than once");
            }
            instanceIds.add(id.asText());
        }
        return new PatchRequest(List.copyOf(instanceIds));
    }

    private static JsonNode readTree(byte[] body) {
        if (body.length == 0) {
            throw GeminiDbException.parameter("the request body is empty");
        }
        try {
            JsonNode tree = EmulatorJson.MAPPER.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw GeminiDbException.parameter("the request body must be a JSON object");
            }
            return tree;
        } catch (IOException e) {
            throw GeminiDbException.parameter("the request body is not valid JSON");
        }
    }
}
