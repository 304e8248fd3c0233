package dev.nodebatch.functions;

import static dev.nodebatch.emulator.DemoFleet.CACHE_ORDERS;
import static dev.nodebatch.emulator.DemoFleet.CACHE_SCRATCH;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_1;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_2;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.functions.DcsNodesStartStopTest.FUNCTION;
import static dev.nodebatch.functions.DcsNodesStartStopTest.instance;
import static dev.nodebatch.functions.DcsNodesStartStopTest.wholeInstance;
import static dev.nodebatch.functions.HttpBinding.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Bad start/stop input is rejected whole, with every violation and its JSON path, and nothing reaches the provider. */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class DcsNodesStartStopValidationTest {

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @AfterEach
    void nothingWasSent() {
        assertEquals(List.of(), EmulatorControl.requests(), "a rejected input makes no provider call");
    }

    static JsonPath rejected(String input) {
        JsonPath result = given().contentType(ContentType.JSON).body(input).post(FUNCTION)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", result.getString("status"));
        assertEquals(List.of(), result.getList("targets"));
        return result;
    }

    static void assertViolation(JsonPath result, String path, String messagePart) {
        List<Map<String, String>> errors = result.getList("errors");
        assertTrue(errors.stream().anyMatch(e -> e.get("path").equals(path) && e.get("message").contains(messagePart)),
                () -> "expected a violation at " + path + " containing '" + messagePart + "' in " + errors);
    }

    @Test
    void everyViolationIsReportedAtOnceWithItsPath() {
        JsonPath result = rejected("{\"region\":\"eu-west-101\",\"projectId\":\"" + PROJECT_ID + "\","
                + "\"action\":\"restart\",\"requireRecentBackup\":\"yes\",\"colour\":\"red\",\"instances\":["
                + instance(CACHE_ORDERS, ORDERS_NODE_1, ORDERS_NODE_2, ORDERS_NODE_1) + ","
                + instance("not-an-instance", ORDERS_NODE_2) + ","
                + wholeInstance(CACHE_ORDERS) + ","
                + "{\"instanceId\":\"" + CACHE_SCRATCH + "\",\"nodeIds\":[]}]}");

        assertViolation(result, "action", "start, stop");
        assertViolation(result, "requireRecentBackup", "true or false");
        assertViolation(result, "colour", "unknown field");
        assertViolation(result, "instances[0].nodeIds[2]", "duplicate of instances[0].nodeIds[0]");
        assertViolation(result, "instances[1].instanceId", "DCS instance id");
        assertViolation(result, "instances[1].nodeIds[0]", "duplicate of instances[0].nodeIds[1]");
        assertViolation(result, "instances[2].instanceId", "duplicate of instances[0].instanceId");
        assertViolation(result, "instances[3].nodeIds", "leave nodeIds out for every node");
        assertEquals(8, result.getList("errors").size(), () -> result.getList("errors").toString());
    }

    @Test
    void actionAndInstancesAreRequired() {
        JsonPath result = rejected("{\"region\":\"eu-west-101\",\"projectId\":\"" + PROJECT_ID + "\"}");

        assertViolation(result, "action", "is required: start or stop");
        assertViolation(result, "instances", "is required");
    }

    @Test
    void maxTargetsCountsNodesNotInstances() {
        JsonPath result = rejected("{\"region\":\"eu-west-101\",\"projectId\":\"" + PROJECT_ID + "\",\"action\":\"stop\","
                + "\"instances\":[" + instance(CACHE_ORDERS, ORDERS_NODE_1, ORDERS_NODE_2) + "],"
                + "\"options\":{\"maxTargets\":1}}");

        assertViolation(result, "$", "has 2 targets, more than maxTargets 1");
    }
}
