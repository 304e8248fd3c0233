package dev.nodebatch.functions;

import static dev.nodebatch.emulator.DemoFleet.CACHE_ORDERS;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_1;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_3;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.functions.HttpBinding.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nodebatch.batch.QuietLog;
import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class JobStatusTest {

    static final String UNKNOWN_DCS_JOB = "0000000000000000000000000000dead";
    static final String UNKNOWN_GEMINIDB_JOB = "00000000-0000-4000-8000-00000000dead";

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    static JsonPath jobStatus(String jobs, String options) {
        return given().contentType(ContentType.JSON).body("{\"region\":\"eu-west-101\",\"projectId\":\"" + PROJECT_ID
                + "\",\"jobs\":[" + jobs + "],\"options\":" + options + "}").post("/job-status")
                .then().statusCode(200).extract().jsonPath();
    }

    static String job(String service, String jobId) {
        return "{\"service\":\"" + service + "\",\"jobId\":\"" + jobId + "\"}";
    }

    static String stopOrdersNode3() {
        return DcsNodesStartStopTest.invoke(DcsNodesStartStopTest.input("stop",
                DcsNodesStartStopTest.instance(CACHE_ORDERS, ORDERS_NODE_3), "")).getString("targets[0].jobId");
    }

    static String patchCassandra1() {
        return GeminiDbPatchFunctionTest.invoke(GeminiDbPatchFunctionTest.input(List.of(CASSANDRA_1), "{}"))
                .getString("targets[0].jobId");
    }

    @Test
    void jobsStillRunningAreSubmittedAndWithWaitTheyAreFollowedToTheirEnd() {
        String dcsJob = stopOrdersNode3();
        String geminiDbJob = patchCassandra1();

        JsonPath now = jobStatus(job("dcs", dcsJob) + "," + job("geminidb", geminiDbJob), "{}");

        assertEquals("SUCCEEDED", now.getString("status"), "submitted counts as through");
        assertEquals(List.of(dcsJob, geminiDbJob), now.getList("targets.id"));
        assertEquals(List.of("SUBMITTED", "SUBMITTED"), now.getList("targets.status"));
        assertEquals(List.of(dcsJob, geminiDbJob), now.getList("targets.jobId"));
        assertTrue(List.of("INIT", "RUNNING").contains(now.getString("targets[0].state.jobStatus")));
        assertEquals("Running", now.getString("targets[1].state.jobStatus"));
        assertEquals(List.of("dcs", "geminidb"), now.getList("targets.state.service"));
        assertEquals(List.of("RUNNING", "RUNNING"), now.getList("jobs.status"));

        JsonPath waited = jobStatus(job("dcs", dcsJob) + "," + job("geminidb", geminiDbJob), "{\"wait\":true}");

        assertEquals(List.of("SUCCEEDED", "SUCCEEDED"), waited.getList("targets.status"));
        assertEquals(List.of("SUCCESS", "Completed"), waited.getList("targets.state.jobStatus"));
        assertEquals(CASSANDRA_1, waited.getString("targets[1].state.instanceId"));
        assertEquals(true, waited.getBoolean("wait.completed"));
        assertEquals("Inactive", AsyncFleets.nodeStatus(CACHE_ORDERS, ORDERS_NODE_3));
    }

    @Test
    void failedJobsAreFailedWithTheirReason() {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"*\",\"fault\":\"JOB_FAILS\"}]}");
        AsyncFleets.dcsJobDuration(0);
        AsyncFleets.geminiDbJobDuration(0);
        String dcsJob = stopOrdersNode3();
        String geminiDbJob = patchCassandra1();

        JsonPath result = jobStatus(job("dcs", dcsJob) + "," + job("geminidb", geminiDbJob), "{}");

        assertEquals("FAILED", result.getString("status"));
        assertEquals(List.of("FAILED", "FAILED"), result.getList("targets.status"));
        assertEquals(List.of("FAIL", "Failed"), result.getList("targets.state.jobStatus"));
        assertEquals(List.of("NODEBATCH.JOB_FAILED", "NODEBATCH.JOB_FAILED"), result.getList("targets.error.code"));
        assertEquals(AsyncFleets.dcsJobs().get(0).path("failReason").asText(), result.getString("targets[0].error.message"));
        assertEquals(List.of("FAILED", "FAILED"), result.getList("jobs.status"));
    }

    @Test
    void jobsTheProviderDoesNotKnowAreFailedNotFound() {
        JsonPath result = jobStatus(job("dcs", UNKNOWN_DCS_JOB) + "," + job("geminidb", UNKNOWN_GEMINIDB_JOB),
                "{\"wait\":true}");

        assertEquals(List.of("FAILED", "FAILED"), result.getList("targets.status"));
        assertEquals(List.of("NOT_FOUND", "NOT_FOUND"), result.getList("targets.error.category"));
        assertEquals(List.of("DCS.4004", "NODEBATCH.JOB_NOT_FOUND"), result.getList("targets.error.code"));
        assertEquals(404, result.getInt("targets[0].error.httpStatus"));
    }

    @Test
    void aJobWhoseStatusCannotBeReadIsUnknownWithTheReadsError() {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"dcs.showJobInfo\",\"fault\":\"ERROR_5XX\","
                + "\"probability\":1.0}]}");

        JsonPath result;
        try (QuietLog quiet = QuietLog.errorsOnly("dev.nodebatch")) {
            result = jobStatus(job("dcs", UNKNOWN_DCS_JOB), "{}");
        }

        assertEquals("UNKNOWN", result.getString("targets[0].status"));
        assertEquals("DCS.5000", result.getString("targets[0].error.code"));
        assertEquals(List.of(), result.getList("jobs"));
        assertEquals(4, AsyncFleets.calls("dcs.showJobInfo", "").size(), "a read is retried");
    }

    @Test
    void anUnknownServiceADuplicateAndABadJobIdAreRejectedAndNothingIsRead() {
        JsonPath result = jobStatus(job("ecs", "abc") + "," + job("dcs", "abc") + "," + job("dcs", "../../x"),
                "{}");

        assertEquals("REJECTED", result.getString("status"));
        List<Map<String, String>> errors = result.getList("errors");
        assertEquals(List.of("jobs[0].service", "jobs[1].jobId", "jobs[2].jobId"),
                errors.stream().map(error -> error.get("path")).sorted().toList(), errors::toString);
        assertTrue(errors.stream().anyMatch(error -> error.get("message").equals(
                "must be one of azure-batch-node, dcs, geminidb, modelarts, was \"ecs\"")), errors::toString);
        assertTrue(errors.stream().anyMatch(error -> error.get("message").contains("duplicate of jobs[0].jobId")));
        assertEquals(List.of(), EmulatorControl.requests());
    }
}
