package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.INFER_A;
import static dev.nodebatch.emulator.DemoFleet.INFER_B;
import static dev.nodebatch.emulator.DemoFleet.INFER_DELETING;
import static dev.nodebatch.emulator.DemoFleet.INFER_POOL;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.emulator.DemoFleet.TRAIN_A;
import static dev.nodebatch.emulator.DemoFleet.TRAIN_ABNORMAL;
import static dev.nodebatch.emulator.DemoFleet.TRAIN_B;
import static dev.nodebatch.emulator.DemoFleet.TRAIN_C;
import static dev.nodebatch.emulator.DemoFleet.TRAIN_CREATING;
import static dev.nodebatch.emulator.DemoFleet.TRAIN_POOL;
import static dev.nodebatch.emulator.DemoFleet.poolNodesPath;
import static dev.nodebatch.emulator.RunningEmulator.CREDENTIALS;
import static dev.nodebatch.emulator.RunningEmulator.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ModelArtsPoolNodesTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final String POOLS = "/huawei/projects/" + PROJECT_ID + "/modelarts/pools";

    @Test
    @DisplayName("a batch update answers 200 with the Abnormal and unknown nodes in failNodeNames; the others change")
    void partialSuccessInTheListsShape() {
        HttpResponse<String> response = update(TRAIN_POOL, "openHaRedundant", null,
                TRAIN_A, TRAIN_ABNORMAL, TRAIN_CREATING, "os-node-created-nope0");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json(response);
        assertEquals(List.of(TRAIN_A, TRAIN_CREATING), texts(answer.path("successNodeNames")));
        assertEquals(List.of(TRAIN_ABNORMAL, "os-node-created-nope0"), texts(answer.path("failNodeNames")));
        assertFalse(answer.has("nodes"));
        assertEquals(true, node(TRAIN_POOL, TRAIN_A).path("haRedundant").asBoolean());
        assertEquals("NoSchedule", node(TRAIN_POOL, TRAIN_A).path("haRedundantEffect").asText());
        assertEquals(false, node(TRAIN_POOL, TRAIN_ABNORMAL).path("haRedundant").asBoolean());
        assertEquals(false, node(TRAIN_POOL, TRAIN_B).path("haRedundant").asBoolean());
    }

    @Test
    @DisplayName("a pool set to the nodes shape answers nodes[{name, status}], a Deleting node with status failed")
    void theNodesShape() {
        HttpResponse<String> response = update(INFER_POOL, "openHaRedundant", "NoExecute", INFER_DELETING, INFER_A);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json(response);
        assertEquals("[{\"name\":\"" + INFER_DELETING + "\",\"status\":\"failed\"},{\"name\":\"" + INFER_A
                + "\",\"status\":\"success\"}]", answer.path("nodes").toString());
        assertFalse(answer.has("successNodeNames"));
        assertEquals("NoExecute", node(INFER_POOL, INFER_A).path("haRedundantEffect").asText());
        assertEquals(false, node(INFER_POOL, INFER_B).path("haRedundant").asBoolean());
    }

    @Test
    @DisplayName("closeHaRedundant switches the flag off and drops its effect; repeating it changes nothing")
    void closeIsAbsolute() {
        update(TRAIN_POOL, "openHaRedundant", "NoExecute", TRAIN_C);

        JsonNode first = json(update(TRAIN_POOL, "closeHaRedundant", null, TRAIN_C));
        JsonNode again = json(update(TRAIN_POOL, "closeHaRedundant", null, TRAIN_C));

        assertEquals(List.of(TRAIN_C), texts(first.path("successNodeNames")));
        assertEquals(first, again);
        assertEquals(false, node(TRAIN_POOL, TRAIN_C).path("haRedundant").asBoolean());
        assertTrue(node(TRAIN_POOL, TRAIN_C).path("haRedundantEffect").isMissingNode());
    }

    @Test
    @DisplayName("an unknown pool or project answers 404 ModelArts.50015001 pool not found, for updates and lists")
    void poolNotFound() {
        String unknownPool = "pool-unknown-00000000-0000-4000-8000-000000000404";
        for (HttpResponse<String> response : List.of(update(unknownPool, "openHaRedundant", null, TRAIN_A),
                emulator.huawei("GET", poolNodesPath(unknownPool), null),
                emulator.huawei("POST", "/v2/ffffffffffffffffffffffffffffffff/pools/" + TRAIN_POOL
                        + "/nodes/batch-update", "{\"nodeNames\":[\"" + TRAIN_A + "\"],\"action\":\"openHaRedundant\"}"))) {
            assertEquals(404, response.statusCode(), response.body());
            assertEquals("ModelArts.50015001", json(response).path("error_code").asText());
            assertEquals("pool not found", json(response).path("error_msg").asText());
        }
    }

    @Test
    @DisplayName("bad bodies are refused with 400 ModelArts.50015002 and change nothing")
    void badBodies() {
        JsonNode before = emulator.state();
        Map<String, String> problems = Map.of(
                "", "the request body is empty",
                "[1]", "must be a JSON object",
                "{\"nodeNames\":[\"" + TRAIN_A + "\"]}", "action must be openHaRedundant or closeHaRedundant",
                "{\"nodeNames\":[\"" + TRAIN_A + "\"],\"action\":\"createTags\"}", "tag actions are not emulated",
                "{\"nodeNames\":[],\"action\":\"openHaRedundant\"}", "nodeNames must be a non-empty list",
                "{\"nodeNames\":[\"" + TRAIN_A + "\",\"" + TRAIN_A + "\"],\"action\":\"openHaRedundant\"}",
                "listed more than once",
                "{\"nodeNames\":[\"" + TRAIN_A + "\"],\"action\":\"openHaRedundant\",\"haRedundantEffect\":\"Evict\"}",
                "haRedundantEffect must be NoSchedule or NoExecute");
        problems.forEach((body, message) -> {
            HttpResponse<String> response = emulator.huawei("POST", poolNodesPath(TRAIN_POOL) + "/batch-update", body);
            assertEquals(400, response.statusCode(), body);
            assertEquals("ModelArts.50015002", json(response).path("error_code").asText());
            assertTrue(json(response).path("error_msg").asText().contains(message), response.body());
        });
        assertEquals(before, emulator.state());
    }

    @Test
    @DisplayName("the node list pages with limit and continue, reporting each node's status.phase")
    void nodeListPages() {
        List<String> names = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        List<Integer> remaining = new ArrayList<>();
        String token = null;
        do {
            Map<String, List<String>> query = token == null ? Map.of("limit", List.of("2"))
                    : Map.of("limit", List.of("2"), "continue", List.of(token));
            HttpResponse<String> response = emulator.huawei("GET", poolNodesPath(TRAIN_POOL), query, null,
                    CREDENTIALS, Instant.now());
            assertEquals(200, response.statusCode(), response.body());
            JsonNode page = json(response);
            assertEquals("NodeList", page.path("kind").asText());
            page.path("items").forEach(item -> {
                names.add(item.at("/metadata/name").asText());
                phases.add(item.at("/status/phase").asText());
            });
            token = page.at("/metadata/continue").isTextual() ? page.at("/metadata/continue").asText() : null;
            remaining.add(page.at("/metadata/remainingItemCount").asInt(0));
        } while (token != null);

        assertEquals(List.of(TRAIN_A, TRAIN_B, TRAIN_C, TRAIN_ABNORMAL, TRAIN_CREATING), names);
        assertEquals(List.of("Available", "Available", "Available", "Abnormal", "Creating"), phases);
        assertEquals(List.of(3, 1, 0), remaining);
        JsonNode all = json(emulator.huawei("GET", poolNodesPath(TRAIN_POOL), null));
        assertEquals(5, all.path("items").size());
        assertTrue(all.at("/metadata/continue").isMissingNode());
        assertEquals("eu-de-01", all.at("/items/0/status/az").asText());
    }

    @Test
    @DisplayName("a continue token the emulator did not issue, or a limit above 500, is refused with 400")
    void badPages() {
        for (Map<String, List<String>> query : List.of(Map.of("continue", List.of("not-a-token")),
                Map.of("limit", List.of("501")), Map.of("limit", List.of("ten")))) {
            HttpResponse<String> response = emulator.huawei("GET", poolNodesPath(TRAIN_POOL), query, null,
                    CREDENTIALS, Instant.now());
            assertEquals(400, response.statusCode(), query.toString());
            assertEquals("ModelArts.50015002", json(response).path("error_code").asText());
        }
    }

    @Test
    @DisplayName("APPLIED_THEN_FAILED changes the nodes and answers 500 ModelArts.50015000")
    void appliedThenFailed() {
        emulator.control("PUT", "/faults", "{\"rules\":[{\"operation\":\"modelarts.batchUpdatePoolNodes\","
                + "\"fault\":\"APPLIED_THEN_FAILED\",\"count\":1}]}");

        HttpResponse<String> response = update(TRAIN_POOL, "openHaRedundant", null, TRAIN_B);

        assertEquals(500, response.statusCode());
        assertEquals("ModelArts.50015000", json(response).path("error_code").asText());
        assertEquals(true, node(TRAIN_POOL, TRAIN_B).path("haRedundant").asBoolean());
    }

    @Test
    @DisplayName("a fleet document with a wrong phase, a node listed twice or an unknown answer shape is refused")
    void fleetChecks() {
        for (String problem : List.of("phase", "twice", "shape")) {
            ObjectNode state = (ObjectNode) emulator.state();
            ObjectNode pool = (ObjectNode) state.at(POOLS).get(0);
            switch (problem) {
                case "phase" -> ((ObjectNode) pool.path("nodes").get(0)).put("phase", "Sleeping");
                case "twice" -> ((ArrayNode) pool.path("nodes")).add(pool.path("nodes").get(0).deepCopy());
                default -> pool.put("batchUpdateAnswer", "xml");
            }
            HttpResponse<String> put = emulator.control("PUT", "/state", state.toString());
            assertEquals(400, put.statusCode(), problem);
            assertTrue(put.body().contains("modelarts"), put.body());
        }
    }

    private static HttpResponse<String> update(String pool, String action, String effect, String... nodes) {
        ObjectNode body = EmulatorJson.MAPPER.createObjectNode().put("action", action);
        ArrayNode names = body.putArray("nodeNames");
        List.of(nodes).forEach(names::add);
        if (effect != null) {
            body.put("haRedundantEffect", effect);
        }
        return emulator.huawei("POST", poolNodesPath(pool) + "/batch-update", body.toString());
    }

    private static JsonNode node(String pool, String name) {
        for (JsonNode candidate : emulator.state().at(POOLS)) {
            if (candidate.path("name").asText().equals(pool)) {
                for (JsonNode node : candidate.path("nodes")) {
                    if (node.path("name").asText().equals(name)) {
                        return node;
                    }
                }
            }
        }
        throw new AssertionError("No node " + name + " in pool " + pool);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
