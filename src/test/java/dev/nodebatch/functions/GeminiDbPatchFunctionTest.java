package dev.nodebatch.functions;

import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_1;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_2;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_3;
import static dev.nodebatch.emulator.DemoFleet.MONGO_1;
import static dev.nodebatch.emulator.DemoFleet.MONGO_2;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.functions.AsyncFleets.GEMINIDB_SUBMIT;
import static dev.nodebatch.functions.HttpBinding.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
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
class GeminiDbPatchFunctionTest {

    static final String FUNCTION = "/huawei-geminidb-patch";
    static final String UNKNOWN = "00000000000000000000000000000404in06";

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    static JsonPath invoke(String input) {
        return given().contentType(ContentType.JSON).body(input).post(FUNCTION)
                .then().statusCode(200).extract().jsonPath();
    }

    static String input(List<String> instanceIds, String options) {
        return "{\"region\":\"eu-west-101\",\"projectId\":\"" + PROJECT_ID + "\",\"instanceIds\":["
                + String.join(",", instanceIds.stream().map(id -> "\"" + id + "\"").toList()) + "],\"options\":"
                + options + "}";
    }

    static List<Map<String, Object>> patches() {
        return AsyncFleets.calls(GEMINIDB_SUBMIT, "");
    }

    @Test
    void instancesOfTwoEnginesArePatchedInOneCallPerEngineAndEachGetsItsJob() {
        JsonPath result = invoke(input(List.of(CASSANDRA_1, MONGO_1, CASSANDRA_2), "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(CASSANDRA_1, MONGO_1, CASSANDRA_2), result.getList("targets.id"));
        assertEquals(List.of("SUBMITTED", "SUBMITTED", "SUBMITTED"), result.getList("targets.status"));
        assertEquals(List.of("cassandra", "mongodb", "cassandra"), result.getList("targets.state.engine"));
        assertEquals(2, patches().size(), "one call per engine");
        assertEquals(1, AsyncFleets.calls("geminidb.listInstances", "").size());
        JsonNode jobs = AsyncFleets.geminiDbJobs();
        assertEquals(3, jobs.size());
        for (int i = 0; i < 3; i++) {
            String jobId = result.getString("targets[" + i + "].jobId");
            String instanceId = result.getString("targets[" + i + "].id");
            assertTrue(java.util.stream.StreamSupport.stream(jobs.spliterator(), false).anyMatch(job ->
                    job.path("id").asText().equals(jobId) && job.path("instanceId").asText().equals(instanceId)));
        }
        assertEquals(3, new HashSet<>(result.getList("jobs.jobId")).size());
    }

    @Test
    void withWaitEveryPatchIsFollowedUntilItsJobCompletes() {
        JsonPath result = invoke(input(List.of(CASSANDRA_1, MONGO_1), "{\"wait\":true}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of("SUCCEEDED", "SUCCEEDED"), result.getList("targets.status"));
        assertEquals(List.of("Completed", "Completed"), result.getList("targets.state.jobStatus"));
        assertEquals(List.of("SUCCEEDED", "SUCCEEDED"), result.getList("jobs.status"));
        assertEquals(true, result.getBoolean("wait.completed"));
        AsyncFleets.state().at("/huawei/projects/" + PROJECT_ID + "/geminidb/instances").forEach(instance -> {
            if (List.of(CASSANDRA_1, MONGO_1).contains(instance.path("id").asText())) {
                assertEquals(false, instance.path("patchAvailable").asBoolean(), "patched: " + instance);
            }
        });
    }

    @Test
    void aJobThatFailsIsReportedFailedWithItsReason() {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"" + GEMINIDB_SUBMIT + "\",\"fault\":\"JOB_FAILS\"}]}");

        JsonPath result = invoke(input(List.of(CASSANDRA_1), "{\"wait\":true}"));

        assertEquals("FAILED", result.getString("targets[0].status"));
        assertEquals("Failed", result.getString("targets[0].state.jobStatus"));
        assertEquals("NODEBATCH.JOB_FAILED", result.getString("targets[0].error.code"));
        assertEquals(AsyncFleets.geminiDbJobs().get(0).path("failReason").asText(),
                result.getString("targets[0].error.message"));
    }

    @Test
    void eachRefusedInstanceFailsWithTheProvidersCodeAndTheOthersAreSubmitted() {
        JsonPath result = invoke(input(List.of(CASSANDRA_3, CASSANDRA_1, MONGO_2), "{}"));

        assertEquals("PARTIAL", result.getString("status"));
        assertEquals(List.of("FAILED", "SUBMITTED", "FAILED"), result.getList("targets.status"));
        assertEquals("DBS.200011", result.getString("targets[0].error.code"));
        assertEquals("CONFLICT", result.getString("targets[0].error.category"));
        assertTrue(result.getString("targets[0].error.message").contains("no patch is available"));
        assertEquals("DBS.200011", result.getString("targets[2].error.code"));
        assertTrue(result.getString("targets[2].error.message").contains("abnormal"));
        assertEquals(1, AsyncFleets.geminiDbJobs().size());
    }

    @Test
    void anIdTheInstanceListDoesNotHaveFailsWithoutAPatchCall() {
        JsonPath result = invoke(input(List.of(UNKNOWN), "{}"));

        assertEquals("FAILED", result.getString("status"));
        assertEquals("NOT_FOUND", result.getString("targets[0].error.category"));
        assertEquals("NODEBATCH.INSTANCE_NOT_FOUND", result.getString("targets[0].error.code"));
        assertEquals(List.of(), patches());

        result = invoke(input(List.of(CASSANDRA_1, UNKNOWN, CASSANDRA_2), "{}"));
        assertEquals(List.of("SUBMITTED", "FAILED", "SUBMITTED"), result.getList("targets.status"));
        assertEquals(1, patches().size());
    }

    @Test
    void twentyThreeCassandraAndThreeMongoInstancesGoOutInFourCallsOfOneEngineAndAtMostTen() {
        AsyncFleets.addGeminiDbInstances("cassandra", 23);
        AsyncFleets.addGeminiDbInstances("mongodb", 3);
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= 23; n++) {
            ids.add(AsyncFleets.geminiDbId("cassandra", n));
            if (n <= 3) {
                ids.add(AsyncFleets.geminiDbId("mongodb", n));
            }
        }

        JsonPath result = invoke(input(ids, "{\"maxConcurrency\":1}"));

        assertEquals("SUCCEEDED", result.getString("status"), "the emulator refuses mixed engines and more than 10");
        assertEquals(ids, result.getList("targets.id"));
        assertEquals(26, result.getInt("counts.submitted"));
        assertEquals(List.of(202, 202, 202, 202), patches().stream().map(call -> call.get("status")).toList());
        assertEquals(26, AsyncFleets.geminiDbJobs().size());
    }

    @Test
    void whenTheInstanceListCannotBeReadEveryTargetFailsWithThatErrorAndNothingIsPatched() {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"geminidb.listInstances\",\"fault\":\"ERROR_5XX\","
                + "\"probability\":1.0}]}");

        JsonPath result;
        try (dev.nodebatch.batch.QuietLog quiet = dev.nodebatch.batch.QuietLog.errorsOnly("dev.nodebatch")) {
            result = invoke(input(List.of(CASSANDRA_1, MONGO_1), "{}"));
        }

        assertEquals(List.of("FAILED", "FAILED"), result.getList("targets.status"));
        assertEquals(List.of("DBS.108000", "DBS.108000"), result.getList("targets.error.code"));
        assertEquals(List.of(), patches());
        assertEquals(4, AsyncFleets.calls("geminidb.listInstances", "").size(), "a read is retried");
    }

    @Test
    void aDryRunPlansEveryInstanceAndSendsNothing() {
        JsonPath result = invoke(input(List.of(CASSANDRA_1, UNKNOWN), "{\"dryRun\":true}"));

        assertEquals("PLANNED", result.getString("status"));
        assertEquals(List.of("PLANNED", "PLANNED"), result.getList("targets.status"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @Test
    void badInputIsRejectedWithEveryViolationAndNothingIsSent() {
        JsonPath result = invoke("{\"region\":\"eu west\",\"projectId\":\"" + PROJECT_ID + "\",\"instanceIds\":[\""
                + CASSANDRA_1 + "\",\"../jobs\",\"" + CASSANDRA_1 + "\",7],\"options\":{\"maxTargets\":2}}");

        assertEquals("REJECTED", result.getString("status"));
        List<Map<String, String>> errors = result.getList("errors");
        assertEquals(List.of("$", "instanceIds[1]", "instanceIds[2]", "instanceIds[3]", "region"),
                errors.stream().map(error -> error.get("path")).sorted().toList(), errors::toString);
        assertTrue(errors.stream().anyMatch(error -> error.get("message").contains("duplicate of instanceIds[0]")));
        assertTrue(errors.stream().anyMatch(error -> error.get("message").contains("more than maxTargets 2")));
        assertEquals(List.of(), EmulatorControl.requests());
    }
}
