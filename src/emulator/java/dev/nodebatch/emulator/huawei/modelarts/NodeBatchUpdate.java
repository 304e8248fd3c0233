package dev.nodebatch.emulator.huawei.modelarts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.EmulatorJson;

/**
 * The body of a batch update, {@code {"nodeNames":[…],"action":"openHaRedundant"|"closeHaRedundant",
 * "haRedundantEffect":"NoSchedule"|"NoExecute"}}. The tag actions ({@code createTags}, {@code deleteTags}) are not
 * emulated. Other fields ({@code driver}, {@code tags}) are ignored.
 *
 * @param effect the effect an {@code openHaRedundant} sets; {@code NoSchedule} when the body gives none
 */
record NodeBatchUpdate(List<String> nodeNames, String action, String effect) {

    static final String OPEN = "openHaRedundant";
    static final String CLOSE = "closeHaRedundant";
    static final Set<String> EFFECTS = Set.of("NoSchedule", "NoExecute");
    private static final String DEFAULT_EFFECT = "NoSchedule";

    /**
     * Reads and checks a body; the first problem found is thrown.
     *
     * @throws ModelArtsException 400 for anything wrong
     */
    static NodeBatchUpdate parse(byte[] body) {
        JsonNode tree = readTree(body);
        JsonNode action = tree.path("action");
        if (!action.isTextual() || !(action.asText().equals(OPEN) || action.asText().equals(CLOSE))) {
            throw ModelArtsException.invalid("action must be " + OPEN + " or " + CLOSE + " (the tag actions are not"
                    + " emulated), got " + action);
        }
        JsonNode effect = tree.path("haRedundantEffect");
        if (!effect.isMissingNode() && !effect.isNull()
                && (!effect.isTextual() || !EFFECTS.contains(effect.asText()))) {
            throw ModelArtsException.invalid("haRedundantEffect must be NoSchedule or NoExecute, got " + effect);
        }
        return new NodeBatchUpdate(nodeNames(tree.path("nodeNames")), action.asText(),
                effect.isTextual() ? effect.asText() : DEFAULT_EFFECT);
    }

    private static List<String> nodeNames(JsonNode names) {
        if (!names.isArray() || names.isEmpty()) {
            throw ModelArtsException.invalid("nodeNames must be a non-empty list of node names");
        }
        List<String> nodeNames = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode name : names) {
            if (!name.isTextual() || name.asText().isBlank()) {
                throw ModelArtsException.invalid("nodeNames must contain node names (strings), found " + name);
            }
            if (!seen.add(name.asText())) {
                throw ModelArtsException.invalid("node " + name.asText() + " is listed more than once");
            }
            nodeNames.add(name.asText());
        }
        return List.copyOf(nodeNames);
    }

    private static JsonNode readTree(byte[] body) {
        if (body.length == 0) {
            throw ModelArtsException.invalid("the request body is empty");
        }
        try {
            JsonNode tree = EmulatorJson.MAPPER.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ModelArtsException.invalid("the request body must be a JSON object");
            }
            return tree;
        } catch (IOException e) {
            throw ModelArtsException.invalid("the request body is not valid JSON");
        }
    }
}
