package dev.nodebatch.functions;

import static dev.nodebatch.emulator.DemoFleet.CACHE_ORDERS;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_2;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_3;
import static dev.nodebatch.functions.AsyncFleets.DCS_SUBMIT;
import static dev.nodebatch.functions.DcsNodesStartStopTest.input;
import static dev.nodebatch.functions.DcsNodesStartStopTest.instance;
import static dev.nodebatch.functions.DcsNodesStartStopTest.invoke;
import static dev.nodebatch.functions.DcsNodesStartStopTest.submits;
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
 * A start/stop is not safe to repeat: whatever fault meets it, the instance gets exactly one submit that the
 * provider processed (a throttled one was not processed), and a lost answer is settled by finding the job in the
 * instance's background tasks, or stays UNKNOWN.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class DcsNeverSubmitsTwiceTest {

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
        // a 5xx answer on every attempt: not resent; the tasks show no job, and every attempt was answered
        "ERROR_5XX           | \"probability\":1.0,\"status\":503 | FAILED    | READ | false",
        // the connection closed before an answer: no job yet, but the request may still be under way
        "RESET               | \"probability\":1.0                | UNKNOWN   | -    | false",
        // the answer comes after the client gave up; the job starts only then, after the settling read
        "SLOW                | \"probability\":1.0,\"latencyMs\":2500 | UNKNOWN | -  | true",
        // the job started but its answer was cut: found in the tasks
        "MALFORMED           | \"probability\":1.0                | SUBMITTED | READ | true",
        "APPLIED_THEN_FAILED | \"probability\":1.0                | SUBMITTED | READ | true",
        // throttled calls were not processed: retried until one goes through
        "THROTTLE            | \"count\":2                        | SUBMITTED | -    | true",
        "LATENCY             | \"probability\":1.0,\"latencyMs\":300 | SUBMITTED | -  | true",
    })
    void eachInstanceGetsExactlyOneProcessedSubmit(String fault, String parameters, String status, String settledBy,
            boolean jobStarted) {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"" + DCS_SUBMIT + "\",\"fault\":\"" + fault + "\","
                + parameters + "}]}");

        JsonPath result;
        try (QuietLog quiet = QuietLog.errorsOnly("dev.nodebatch")) {
            result = invoke(input("stop", instance(CACHE_ORDERS, ORDERS_NODE_2, ORDERS_NODE_3), ""));
        }
        EmulatorControl.awaitNoCallInFlight();

        assertEquals(List.of(ORDERS_NODE_2, ORDERS_NODE_3), result.getList("targets.id"));
        assertEquals(List.of(status, status), result.getList("targets.status"));
        assertEquals(settledBy, result.getString("targets[0].settledBy"));
        assertEquals(1, AsyncFleets.processed(submits(CACHE_ORDERS)), "one processed submit for the instance");
        JsonNode jobs = AsyncFleets.dcsJobs();
        assertEquals(jobStarted ? 1 : 0, jobs.size());
        if (status.equals("SUBMITTED")) {
            assertEquals(jobs.get(0).path("id").asText(), result.getString("targets[0].jobId"));
            assertEquals(jobs.get(0).path("id").asText(), result.getString("targets[1].jobId"));
            assertEquals(CACHE_ORDERS, jobs.get(0).path("instanceId").asText());
        } else {
            assertNull(result.get("targets[0].jobId"));
        }
        if (fault.equals("THROTTLE")) {
            assertEquals(3, result.getInt("targets[0].attempts"));
        }
    }
}
