package dev.nodebatch.functions;

import static dev.nodebatch.emulator.DemoFleet.CACHE_CARTS;
import static dev.nodebatch.emulator.DemoFleet.CACHE_ORDERS;
import static dev.nodebatch.emulator.DemoFleet.CACHE_SCRATCH;
import static dev.nodebatch.emulator.DemoFleet.CARTS_NODE_1;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_1;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_2;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_3;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.emulator.DemoFleet.SCRATCH_NODE;
import static dev.nodebatch.functions.AsyncFleets.DCS_SUBMIT;
import static dev.nodebatch.functions.HttpBinding.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class DcsNodesStartStopTest {

    static final String FUNCTION = "/huawei-dcs-nodes-start-stop";

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    static JsonPath invoke(String input) {
        return given().contentType(ContentType.JSON).body(input).post(FUNCTION)
                .then().statusCode(200).extract().jsonPath();
    }

    static String input(String action, String instances, String extra) {
        return "{\"region\":\"eu-west-101\",\"projectId\":\"" + PROJECT_ID + "\",\"action\":\"" + action
                + "\",\"instances\":[" + instances + "]" + extra + "}";
    }

    static String instance(String instanceId, String... nodeIds) {
        return "{\"instanceId\":\"" + instanceId + "\",\"nodeIds\":[" + String.join(",",
                java.util.Arrays.stream(nodeIds).map(id -> "\"" + id + "\"").toList()) + "]}";
    }

    static String wholeInstance(String instanceId) {
        return "{\"instanceId\":\"" + instanceId + "\"}";
    }

    static List<Map<String, Object>> submits(String instanceId) {
        return AsyncFleets.calls(DCS_SUBMIT, "/instances/" + instanceId + "/");
    }

    @Test
    void stoppingNamedNodesSubmitsOneJobPerInstanceAndReportsEachNode() {
        JsonPath result = invoke(input("stop", instance(CACHE_ORDERS, ORDERS_NODE_2, ORDERS_NODE_3) + ","
                + instance(CACHE_SCRATCH, SCRATCH_NODE), ""));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(ORDERS_NODE_2, ORDERS_NODE_3, SCRATCH_NODE), result.getList("targets.id"));
        assertEquals(List.of("SUBMITTED", "SUBMITTED", "SUBMITTED"), result.getList("targets.status"));
        assertEquals(List.of(CACHE_ORDERS, CACHE_ORDERS, CACHE_SCRATCH), result.getList("targets.state.instanceId"));
        assertEquals(List.of("stop", "stop", "stop"), result.getList("targets.state.action"));
        assertEquals(3, result.getInt("counts.submitted"));
        String ordersJob = result.getString("targets[0].jobId");
        assertEquals(ordersJob, result.getString("targets[1].jobId"));
        assertEquals(List.of(ordersJob, result.getString("targets[2].jobId")), result.getList("jobs.jobId"));
        assertEquals(List.of(ORDERS_NODE_2, ORDERS_NODE_3), result.getList("jobs[0].targets"));
        assertEquals(List.of("RUNNING", "RUNNING"), result.getList("jobs.status"));
        result.getList("targets.providerRequestId").forEach(id -> assertEquals(32, ((String) id).length()));
        assertEquals(1, submits(CACHE_ORDERS).size());
        assertEquals(1, submits(CACHE_SCRATCH).size());
        JsonNode jobs = AsyncFleets.dcsJobs();
        assertEquals(2, jobs.size());
        jobs.forEach(job -> assertTrue(List.of(ordersJob, result.getString("targets[2].jobId"))
                .contains(job.path("id").asText())));
    }

    @Test
    void withWaitEveryNodeIsFollowedUntilItsJobSucceeds() {
        JsonPath result = invoke(input("stop", instance(CACHE_ORDERS, ORDERS_NODE_3), ",\"options\":{\"wait\":true}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals("SUCCEEDED", result.getString("targets[0].status"));
        assertEquals("SUCCESS", result.getString("targets[0].state.jobStatus"));
        assertEquals(CACHE_ORDERS, result.getString("targets[0].state.instanceId"));
        assertEquals("SUCCEEDED", result.getString("jobs[0].status"));
        assertEquals(true, result.getBoolean("wait.completed"));
        assertTrue(result.getInt("wait.polls") >= 1);
        assertEquals("Inactive", AsyncFleets.nodeStatus(CACHE_ORDERS, ORDERS_NODE_3));
        assertEquals("Active", AsyncFleets.nodeStatus(CACHE_ORDERS, ORDERS_NODE_1));
    }

    @Test
    void aJobThatFailsIsReportedFailedWithTheProvidersReason() {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"" + DCS_SUBMIT + "\",\"fault\":\"JOB_FAILS\"}]}");

        JsonPath result = invoke(input("stop", instance(CACHE_ORDERS, ORDERS_NODE_3), ",\"options\":{\"wait\":true}"));

        assertEquals("FAILED", result.getString("status"));
        assertEquals("FAIL", result.getString("targets[0].state.jobStatus"));
        assertEquals("NODEBATCH.JOB_FAILED", result.getString("targets[0].error.code"));
        String reason = AsyncFleets.dcsJobs().get(0).path("failReason").asText();
        assertTrue(!reason.isBlank());
        assertEquals(reason, result.getString("targets[0].error.message"));
        assertEquals("FAILED", result.getString("jobs[0].status"));
        assertEquals("Active", AsyncFleets.nodeStatus(CACHE_ORDERS, ORDERS_NODE_3));
    }

    @Test
    void aWaitShorterThanTheJobLeavesItSubmittedAndSaysWhy() {
        AsyncFleets.dcsJobDuration(60_000);

        JsonPath result = invoke(input("start", instance(CACHE_ORDERS, ORDERS_NODE_1), ""));
        assertEquals("FAILED", result.getString("status"), "an Active node cannot be started");
        assertEquals("DCS.4050", result.getString("targets[0].error.code"));
        assertEquals("CONFLICT", result.getString("targets[0].error.category"));

        result = invoke(input("stop", instance(CACHE_ORDERS, ORDERS_NODE_1),
                ",\"options\":{\"wait\":true,\"waitTimeoutSeconds\":1}"));
        assertEquals("SUBMITTED", result.getString("targets[0].status"));
        assertEquals(false, result.getBoolean("wait.completed"));
        assertEquals("WAIT_TIMEOUT", result.getString("wait.reason"));
        assertEquals(1, result.getInt("wait.stillRunning"));
    }

    @Test
    void leavingNodeIdsOutStopsEveryNodeAsOneTargetNamedByTheInstance() {
        JsonPath result = invoke(input("stop", wholeInstance(CACHE_ORDERS), ",\"options\":{\"wait\":true}"));

        assertEquals(List.of(CACHE_ORDERS), result.getList("targets.id"));
        assertEquals("SUCCEEDED", result.getString("targets[0].status"));
        assertEquals(true, result.getBoolean("targets[0].state.allNodes"));
        assertEquals(List.of("Inactive", "Inactive", "Inactive"), List.of(
                AsyncFleets.nodeStatus(CACHE_ORDERS, ORDERS_NODE_1), AsyncFleets.nodeStatus(CACHE_ORDERS, ORDERS_NODE_2),
                AsyncFleets.nodeStatus(CACHE_ORDERS, ORDERS_NODE_3)));
        assertTrue(!String.valueOf(submits(CACHE_ORDERS).get(0).get("path")).contains("node_ids"));
    }

    @Test
    void aPlainTextAnswerIsReadForItsJobId() {
        AsyncFleets.changeProject(project -> ((com.fasterxml.jackson.databind.node.ObjectNode) project.path("dcs"))
                .put("nodeStatusAnswer", "text"));

        JsonPath result = invoke(input("stop", instance(CACHE_SCRATCH, SCRATCH_NODE), ""));

        assertEquals("SUBMITTED", result.getString("targets[0].status"));
        assertEquals(AsyncFleets.dcsJobs().get(0).path("id").asText(), result.getString("targets[0].jobId"));
    }

    @Test
    void aStopOfAnInstanceWithoutARecentBackupIsRefusedBeforeAnythingIsSent() {
        JsonPath result = invoke(input("stop", instance(CACHE_CARTS, CARTS_NODE_1) + ","
                + instance(CACHE_ORDERS, ORDERS_NODE_2), ""));

        assertEquals("PARTIAL", result.getString("status"));
        assertEquals("FAILED", result.getString("targets[0].status"));
        assertEquals("CONFLICT", result.getString("targets[0].error.category"));
        assertEquals("NODEBATCH.NO_RECENT_BACKUP", result.getString("targets[0].error.code"));
        assertTrue(result.getString("targets[0].error.message").contains(CACHE_CARTS));
        assertEquals("SUBMITTED", result.getString("targets[1].status"));
        assertEquals(List.of(), submits(CACHE_CARTS), "no stop was sent for the instance without a backup");
        assertEquals(1, AsyncFleets.calls("dcs.listBackupRecords", CACHE_CARTS).size());
        assertEquals("Active", AsyncFleets.nodeStatus(CACHE_CARTS, CARTS_NODE_1));
    }

    @Test
    void aSingleNodeInstanceNeedsNoBackupAndItsBackupsAreNotRead() {
        JsonPath result = invoke(input("stop", instance(CACHE_SCRATCH, SCRATCH_NODE), ""));

        assertEquals("SUBMITTED", result.getString("targets[0].status"));
        assertEquals(1, AsyncFleets.calls("dcs.showInstance", CACHE_SCRATCH).size());
        assertEquals(List.of(), AsyncFleets.calls("dcs.listBackupRecords", CACHE_SCRATCH));
    }

    @Test
    void requireRecentBackupFalseSendsTheStopAndTheProvidersOwnRefusalIsReported() {
        JsonPath result = invoke(input("stop", instance(CACHE_CARTS, CARTS_NODE_1), ",\"requireRecentBackup\":false"));

        assertEquals("FAILED", result.getString("targets[0].status"));
        assertEquals("DCS.4051", result.getString("targets[0].error.code"));
        assertEquals(400, result.getInt("targets[0].error.httpStatus"));
        assertEquals(1, submits(CACHE_CARTS).size());
        assertEquals(List.of(), AsyncFleets.calls("dcs.listBackupRecords", ""));
    }

    @Test
    void aStartReadsNoBackups() {
        AsyncFleets.changeProject(project -> ((com.fasterxml.jackson.databind.node.ObjectNode) project
                .at("/dcs/instances/1/nodes/0")).put("status", "Inactive"));

        JsonPath result = invoke(input("start", instance(CACHE_CARTS, CARTS_NODE_1), ",\"options\":{\"wait\":true}"));

        assertEquals("SUCCEEDED", result.getString("targets[0].status"));
        assertEquals("Active", AsyncFleets.nodeStatus(CACHE_CARTS, CARTS_NODE_1));
        assertEquals(List.of(), AsyncFleets.calls("dcs.listBackupRecords", ""));
        assertEquals(List.of(), AsyncFleets.calls("dcs.showInstance", ""));
    }

    @Test
    void aDryRunPlansEveryNodeAndSendsNothing() {
        JsonPath result = invoke(input("stop", instance(CACHE_ORDERS, ORDERS_NODE_1) + "," + wholeInstance(CACHE_SCRATCH),
                ",\"options\":{\"dryRun\":true}"));

        assertEquals("PLANNED", result.getString("status"));
        assertEquals(List.of(ORDERS_NODE_1, CACHE_SCRATCH), result.getList("targets.id"));
        assertEquals(List.of("stop", "stop"), result.getList("targets.state.action"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @Test
    void anUnknownInstanceFailsAloneAndTheOthersGoAhead() {
        String unknown = "00000000-0000-4000-8000-000000000404";
        JsonPath result = invoke(input("start", instance(unknown, ORDERS_NODE_1) + "," + wholeInstance(CACHE_SCRATCH),
                ""));

        assertEquals(List.of(ORDERS_NODE_1, CACHE_SCRATCH), result.getList("targets.id"));
        assertEquals("NOT_FOUND", result.getString("targets[0].error.category"));
        assertEquals("DCS.4002", result.getString("targets[0].error.code"));
        assertEquals("FAILED", result.getString("targets[1].status"), "no node of cache-scratch is Inactive");
        assertEquals("DCS.4050", result.getString("targets[1].error.code"));
        assertNull(result.get("targets[1].jobId"));
        assertEquals(2, result.getInt("counts.failed"));
        assertEquals(2, result.getInt("counts.total"));
    }
}
