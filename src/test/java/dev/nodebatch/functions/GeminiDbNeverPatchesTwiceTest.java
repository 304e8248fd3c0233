package dev.nodebatch.functions;

import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_1;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_2;
import static dev.nodebatch.functions.AsyncFleets.GEMINIDB_SUBMIT;
import static dev.nodebatch.functions.GeminiDbPatchFunctionTest.input;
import static dev.nodebatch.functions.GeminiDbPatchFunctionTest.invoke;
import static dev.nodebatch.functions.GeminiDbPatchFunctionTest.patches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.batch.QuietLog;
import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A batch patch is not safe to repeat: whatever fault meets it, the instances get exactly one patch call that the
 * provider processed (a throttled one was not processed), and a lost answer is settled by finding the instances'
 * jobs in the job list, or stays UNKNOWN.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class GeminiDbNeverPatchesTwiceTest {

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @AfterEach
    void slowCallsHaveLanded() {
        EmulatorControl.awaitNoCallInFlight();
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "ERROR_5XX           | \"probability\":1.0,\"status\":502 | FAILED    | READ | false",
        "RESET               | \"probability\":1.0                | UNKNOWN   | -    | false",
        "SLOW                | \"probability\":1.0,\"latencyMs\":2500 | UNKNOWN | -  | true",
        "MALFORMED           | \"probability\":1.0                | SUBMITTED | READ | true",
        "APPLIED_THEN_FAILED | \"probability\":1.0                | SUBMITTED | READ | true",
        "THROTTLE            | \"count\":2                        | SUBMITTED | -    | true",
        "LATENCY             | \"probability\":1.0,\"latencyMs\":300 | SUBMITTED | -  | true",
    })
    void theInstancesGetExactlyOneProcessedPatchCall(String fault, String parameters, String status,
            String settledBy, boolean jobsStarted) {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"" + GEMINIDB_SUBMIT + "\",\"fault\":\"" + fault + "\","
                + parameters + "}]}");

        JsonPath result;
        try (QuietLog quiet = QuietLog.errorsOnly("dev.nodebatch")) {
            result = invoke(input(List.of(CASSANDRA_1, CASSANDRA_2), "{}"));
        }
        EmulatorControl.awaitNoCallInFlight();

        assertEquals(List.of(CASSANDRA_1, CASSANDRA_2), result.getList("targets.id"));
        assertEquals(List.of(status, status), result.getList("targets.status"));
        assertEquals(settledBy, result.getString("targets[0].settledBy"));
        assertEquals(1, AsyncFleets.processed(patches()), "one processed patch call");
        JsonNode jobs = AsyncFleets.geminiDbJobs();
        assertEquals(jobsStarted ? 2 : 0, jobs.size());
        if (status.equals("SUBMITTED")) {
            for (int i = 0; i < 2; i++) {
                String instanceId = result.getString("targets[" + i + "].id");
                String jobId = result.getString("targets[" + i + "].jobId");
                assertEquals(1, java.util.stream.StreamSupport.stream(jobs.spliterator(), false).filter(job ->
                        job.path("id").asText().equals(jobId) && job.path("instanceId").asText().equals(instanceId))
                        .count(), "the job of " + instanceId);
            }
        } else {
            assertNull(result.get("targets[0].jobId"));
        }
    }
}
