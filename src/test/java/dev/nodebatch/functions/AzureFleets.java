package dev.nodebatch.functions;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The demo fleet's Azure Batch pools, and the function's input over them. */
final class AzureFleets {

    static final String FUNCTION = "/azure-batch-nodes-reimage";
    static final String REIMAGE = "batch.reimageNode";
    static final String LIST = "batch.listNodes";
    static final String GET = "batch.getNode";

    static final String RENDER_POOL = "render-pool";
    static final String IDLE_1 = "tvm-3219384210_1-20261120t091500z";
    static final String IDLE_2 = "tvm-3219384210_2-20261120t091500z";
    static final String BUSY = "tvm-3219384210_3-20261120t091500z";
    static final String START_TASK_FAILED = "tvm-3219384210_4-20261120t091500z";
    static final String UNUSABLE = "tvm-3219384210_5-20261120t091500z";
    static final String BUILD_POOL = "build-pool";
    static final String BUILD_1 = "tvm-4410293847_1-20261121t101000z";
    static final String BUILD_FAILS = "tvm-4410293847_3-20261121t101000z";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AzureFleets() {
    }

    /** Over the HTTP binding: the Lambda binding serves only the function that {@code quarkus.funqy.export} names. */
    static JsonPath invoke(String input) {
        return HttpBinding.given().contentType(ContentType.JSON).body(input).post(FUNCTION).then().statusCode(200)
                .extract().jsonPath();
    }

    static String input(String pool, List<String> nodes, String more) {
        return input(EmulatorControl.url(), pool, nodes, more);
    }

    static String input(String batchUrl, String pool, List<String> nodes, String more) {
        String ids = nodes.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        return "{\"batchUrl\":\"" + batchUrl + "\",\"poolId\":\"" + pool + "\",\"nodeIds\":[" + ids + "]"
                + (more.isEmpty() ? "" : "," + more) + "}";
    }

    /** The node's state in the emulator's fleet now. */
    static String state(String pool, String node) {
        return EmulatorControl.fleet().getString("azure.batch.pools.find { it.id == '" + pool
                + "' }.nodes.find { it.id == '" + node + "' }.state");
    }

    /** Sets how long a reimage takes in a pool of the emulator's fleet. */
    static void reimageDuration(String pool, int millis) {
        changeFleet(fleet -> pool(fleet, pool).put("reimageDurationMs", millis));
    }

    /** Reads the emulator's fleet, lets {@code change} edit it and puts it back. */
    static void changeFleet(Consumer<ObjectNode> change) {
        try {
            ObjectNode fleet = (ObjectNode) MAPPER.readTree(given().get(EmulatorControl.url() + "/_emulator/state")
                    .then().statusCode(200).extract().asString());
            change.accept(fleet);
            EmulatorControl.putFleet(fleet.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode pool(ObjectNode fleet, String pool) {
        for (JsonNode each : fleet.at("/azure/batch/pools")) {
            if (each.path("id").asText().equals(pool)) {
                return (ObjectNode) each;
            }
        }
        throw new AssertionError("no pool " + pool);
    }

    static ObjectNode node(ObjectNode fleet, String pool, String node) {
        for (JsonNode each : pool(fleet, pool).path("nodes")) {
            if (each.path("id").asText().equals(node)) {
                return (ObjectNode) each;
            }
        }
        throw new AssertionError("no node " + node);
    }

    /** One fault rule for an operation, e.g. {@code (REIMAGE, "THROTTLE", "\"count\":2")}. */
    static void fault(String operation, String fault, String parameters) {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"" + operation + "\",\"fault\":\"" + fault + "\""
                + (parameters.isEmpty() ? "" : "," + parameters) + "}]}");
    }

    static long calls(String operation) {
        return EmulatorControl.requests().stream().filter(call -> operation.equals(call.get("operation"))).count();
    }
}
