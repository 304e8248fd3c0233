package dev.nodebatch.functions;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.DemoFleet;

/** Edits of the emulator's DCS and GeminiDB fleet, and the provider calls they received, for the async functions' tests. */
final class AsyncFleets {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DCS_SUBMIT = "dcs.changeNodesStartStopStatus";
    static final String GEMINIDB_SUBMIT = "geminidb.batchUpgradeDatabaseVersion";

    private AsyncFleets() {
    }

    static ObjectNode state() {
        try {
            return (ObjectNode) JSON.readTree(given().get(EmulatorControl.url() + "/_emulator/state").then()
                    .statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new AssertionError("The emulator's state is not JSON", e);
        }
    }

    /** Reads the fleet, lets {@code change} edit the demo project, and puts the fleet back. */
    static void changeProject(Consumer<ObjectNode> change) {
        ObjectNode state = state();
        change.accept((ObjectNode) state.at("/huawei/projects/" + DemoFleet.PROJECT_ID));
        EmulatorControl.putFleet(state.toString());
    }

    /** Every DCS instance's jobs take {@code millis}. */
    static void dcsJobDuration(long millis) {
        changeProject(project -> project.at("/dcs/instances")
                .forEach(instance -> ((ObjectNode) instance).put("jobDurationMs", millis)));
    }

    static void geminiDbJobDuration(long millis) {
        changeProject(project -> project.at("/geminidb/instances")
                .forEach(instance -> ((ObjectNode) instance).put("jobDurationMs", millis)));
    }

    /** A GeminiDB instance id of the engine's suffix ({@code in06} Cassandra, {@code in10} Mongo), numbered. */
    static String geminiDbId(String engine, int n) {
        return String.format(java.util.Locale.ROOT, "%032d%s", n, engine.equals("cassandra") ? "in06" : "in10");
    }

    /** Adds {@code count} patchable, normal instances of the engine, numbered from 1, with 1-second jobs. */
    static void addGeminiDbInstances(String engine, int count) {
        changeProject(project -> {
            com.fasterxml.jackson.databind.node.ArrayNode instances =
                    (com.fasterxml.jackson.databind.node.ArrayNode) project.at("/geminidb/instances");
            for (int n = 1; n <= count; n++) {
                instances.addObject().put("id", geminiDbId(engine, n)).put("name", engine + "-" + n)
                        .put("datastoreType", engine).put("patchAvailable", true).put("jobDurationMs", 1000);
            }
        });
    }

    static JsonNode dcsJobs() {
        return state().at("/huawei/projects/" + DemoFleet.PROJECT_ID + "/dcs/jobs");
    }

    static JsonNode geminiDbJobs() {
        return state().at("/huawei/projects/" + DemoFleet.PROJECT_ID + "/geminidb/jobs");
    }

    static String nodeStatus(String instanceId, String nodeId) {
        for (JsonNode instance : state().at("/huawei/projects/" + DemoFleet.PROJECT_ID + "/dcs/instances")) {
            for (JsonNode node : instance.path("nodes")) {
                if (instance.path("id").asText().equals(instanceId) && node.path("id").asText().equals(nodeId)) {
                    return node.path("status").asText();
                }
            }
        }
        throw new AssertionError("No node " + nodeId + " in instance " + instanceId);
    }

    /** The calls of one operation since the last reset whose path contains {@code pathPart}. */
    static List<Map<String, Object>> calls(String operation, String pathPart) {
        return EmulatorControl.requests().stream().filter(call -> operation.equals(call.get("operation"))
                && String.valueOf(call.get("path")).contains(pathPart)).toList();
    }

    /** The calls of one operation that the provider processed: a throttled call (429) was not. */
    static long processed(List<Map<String, Object>> calls) {
        return calls.stream().filter(call -> !Integer.valueOf(429).equals(call.get("status"))).count();
    }
}
