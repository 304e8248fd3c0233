package dev.nodebatch.functions;

import static dev.nodebatch.functions.ElbFleets.BIG_POOL;
import static dev.nodebatch.functions.HttpBinding.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A provider slower than the client's read timeout cannot hold an invocation past its deadline: each attempt
 * is cut to the time left, and the reads that settle unknown outcomes get {@code settle-grace} (2 s) more.
 * The slow answers land on a pool no other test looks at.
 */
@QuarkusTest
@TestProfile(DeadlineBoundTest.LongReadTimeout.class)
@WithTestResource(EmulatorTestResource.class)
class DeadlineBoundTest {

    static final long MARGIN_MS = 500;

    public static class LongReadTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nodebatch.huawei.read-timeout", "30s");
        }
    }

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
        EmulatorControl.putFleet(ElbFleets.withBigPool(3));
    }

    static JsonPath invokeWithDeadline(int seconds) {
        return given().contentType(ContentType.JSON)
                .body(ElbFleets.weights(BIG_POOL, ElbFleets.bigPoolIds(3), 7, "{\"deadlineSeconds\":" + seconds + "}"))
                .post("/huawei-elb-members-update").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSlowSubmitIsCutAtTheDeadlineAndItsOutcomeReportedUnknown() {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"elb.batchUpdateMembers\",\"fault\":\"SLOW\","
                + "\"latencyMs\":8000}]}");
        long started = System.nanoTime();

        JsonPath result = invokeWithDeadline(2);

        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMs < 2000 + MARGIN_MS, "answered after " + tookMs + " ms");
        assertEquals(List.of("UNKNOWN", "UNKNOWN", "UNKNOWN"), result.getList("targets.status"));
        assertEquals("TIMEOUT", result.getString("targets[0].error.category"));
    }

    @Test
    void aSlowSettlingReadIsCutAtTheDeadlinePlusTheGrace() {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"*\",\"fault\":\"SLOW\",\"latencyMs\":8000}]}");
        long started = System.nanoTime();

        JsonPath result = invokeWithDeadline(2);

        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMs < 2000 + 2000 + MARGIN_MS, "answered after " + tookMs + " ms");
        assertEquals(List.of("UNKNOWN", "UNKNOWN", "UNKNOWN"), result.getList("targets.status"));
    }
}
