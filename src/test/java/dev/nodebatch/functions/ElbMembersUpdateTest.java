package dev.nodebatch.functions;

import static dev.nodebatch.functions.ElbFleets.BIG_POOL;
import static dev.nodebatch.functions.ElbFleets.WEB_1;
import static dev.nodebatch.functions.ElbFleets.WEB_2;
import static dev.nodebatch.functions.ElbFleets.WEB_3;
import static dev.nodebatch.functions.ElbFleets.WEB_4;
import static dev.nodebatch.functions.ElbFleets.WEB_POOL;
import static dev.nodebatch.functions.HttpBinding.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class ElbMembersUpdateTest {

    static final String FUNCTION = "/huawei-elb-members-update";
    static final String BATCH_UPDATE = "elb.batchUpdateMembers";

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    static JsonPath invoke(String input) {
        return given().contentType(ContentType.JSON).body(input).post(FUNCTION)
                .then().statusCode(200).extract().jsonPath();
    }

    /** One fault rule for the batch-update operation, e.g. {@code ("THROTTLE", "\"count\":2")}. */
    static void faultOnBatchUpdate(String fault, String parameters) {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"" + BATCH_UPDATE + "\",\"fault\":\"" + fault + "\","
                + parameters + "}]}");
    }

    static String webPool(int weight, String options) {
        return ElbFleets.weights(WEB_POOL, List.of(WEB_1, WEB_2, WEB_3), weight, options);
    }

    @Test
    void aRealRunSetsTheWeightsAndReportsEachMembersNewState() {
        JsonPath result = invoke(webPool(0, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(WEB_1, WEB_2, WEB_3), result.getList("targets.id"));
        assertEquals(List.of(0, 0, 0), result.getList("targets.state.weight"));
        assertEquals(List.of("ONLINE", "ONLINE", "ONLINE"), result.getList("targets.state.operatingStatus"));
        assertEquals(List.of(1, 1, 1), result.getList("targets.attempts"));
        result.getList("targets.providerRequestId").forEach(id -> assertEquals(32, ((String) id).length()));
        assertEquals(3, result.getInt("counts.succeeded"));
        assertEquals(0, ElbFleets.member(EmulatorControl.fleet(), WEB_POOL, WEB_2).get("weight"));
        assertEquals(10, ElbFleets.member(EmulatorControl.fleet(), WEB_POOL, WEB_4).get("weight"));
    }

    @Test
    void aDryRunPlansEveryTargetAndSendsNothing() {
        JsonPath result = invoke(webPool(0, "{\"dryRun\":true}"));

        assertEquals("PLANNED", result.getString("status"));
        assertEquals(true, result.getBoolean("dryRun"));
        assertEquals(List.of("PLANNED", "PLANNED", "PLANNED"), result.getList("targets.status"));
        assertEquals(List.of(0, 0, 0), result.getList("targets.state.weight"));
        assertEquals(List.of(), EmulatorControl.requests(WEB_POOL));
        assertEquals(10, ElbFleets.member(EmulatorControl.fleet(), WEB_POOL, WEB_1).get("weight"));
    }

    @Test
    void fourHundredFiftyMembersGoOutInThreeCallsOfAtMostTwoHundred() {
        EmulatorControl.putFleet(ElbFleets.withBigPool(450));
        JsonPath result = invoke(ElbFleets.weights(BIG_POOL, ElbFleets.bigPoolIds(450), 5, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(450, result.getInt("counts.total"));
        assertEquals(450, result.getInt("counts.succeeded"));
        assertEquals(ElbFleets.bigPoolIds(450), result.getList("targets.id"));
        List<Map<String, Object>> calls = EmulatorControl.requests(BIG_POOL);
        assertEquals(3, calls.size());
        calls.forEach(call -> assertEquals(BATCH_UPDATE, call.get("operation")));
    }

    @Test
    void noMoreThanMaxConcurrencyCallsAreInFlightAtOnce() {
        EmulatorControl.putFleet(ElbFleets.withBigPool(1000));
        faultOnBatchUpdate("LATENCY", "\"probability\":1.0,\"latencyMs\":300");

        JsonPath result = invoke(ElbFleets.weights(BIG_POOL, ElbFleets.bigPoolIds(1000), 5, "{\"maxConcurrency\":2}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(5, EmulatorControl.requests(BIG_POOL).size());
        assertEquals(2, EmulatorControl.maxInFlight(BATCH_UPDATE));
    }

    @Test
    void onceTheErrorBudgetIsSpentTheRestIsSkipped() {
        EmulatorControl.putFleet(ElbFleets.withBigPool(600));
        List<String> ids = new java.util.ArrayList<>(ElbFleets.bigPoolIds(600));
        ids.set(7, "00000000-0000-4000-8000-999999999999");

        JsonPath result = invoke(ElbFleets.weights(BIG_POOL, ids, 5, "{\"maxConcurrency\":1,\"maxErrors\":0}"));

        assertEquals("PARTIAL", result.getString("status"));
        assertEquals("FAILED", result.getString("targets[7].status"));
        assertEquals("NOT_FOUND", result.getString("targets[7].error.category"));
        assertEquals(199, result.getInt("counts.succeeded"));
        assertEquals(400, result.getInt("counts.skipped"));
        assertEquals("ERROR_BUDGET", result.getString("targets[200].reason"));
        assertEquals("ERROR_BUDGET", result.getString("targets[599].reason"));
    }

    @Test
    void aPercentageErrorBudgetToleratesThatShareOfFailures() {
        EmulatorControl.putFleet(ElbFleets.withBigPool(600));
        List<String> ids = new java.util.ArrayList<>(ElbFleets.bigPoolIds(600));
        ids.set(7, "00000000-0000-4000-8000-999999999999");

        JsonPath result = invoke(ElbFleets.weights(BIG_POOL, ids, 5, "{\"maxConcurrency\":1,\"maxErrors\":\"1%\"}"));

        assertEquals(599, result.getInt("counts.succeeded"));
        assertEquals(1, result.getInt("counts.failed"));
        assertEquals(0, result.getInt("counts.skipped"));
    }

    @Test
    void nearTheDeadlineNoNewCallStartsAndTheRestIsSkipped() {
        EmulatorControl.putFleet(ElbFleets.withBigPool(600));
        faultOnBatchUpdate("LATENCY", "\"probability\":1.0,\"latencyMs\":700");

        JsonPath result = invoke(ElbFleets.weights(BIG_POOL, ElbFleets.bigPoolIds(600), 5,
                "{\"maxConcurrency\":1,\"deadlineSeconds\":2}"));

        assertEquals("PARTIAL", result.getString("status"));
        assertEquals("SUCCEEDED", result.getString("targets[0].status"));
        assertEquals("SKIPPED", result.getString("targets[599].status"));
        assertEquals("DEADLINE", result.getString("targets[599].reason"));
        assertEquals(600, result.getInt("counts.succeeded") + result.getInt("counts.skipped"));
    }

    @Test
    void throttlingWithRetryAfterIsWaitedOutAndSucceeds() {
        faultOnBatchUpdate("THROTTLE", "\"count\":2,\"retryAfterSeconds\":1");
        long started = System.nanoTime();

        JsonPath result = invoke(webPool(20, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(3, 3, 3), result.getList("targets.attempts"));
        assertEquals(true, (System.nanoTime() - started) / 1_000_000 >= 2000, "waited Retry-After twice");
        assertEquals(List.of(429, 429, 200),
                EmulatorControl.requests(WEB_POOL).stream().map(r -> r.get("status")).toList());
    }

    @Test
    void aRetryAfterLongerThanTheTimeLeftIsNotWaitedFor() {
        faultOnBatchUpdate("THROTTLE", "\"count\":1,\"retryAfterSeconds\":20");
        long started = System.nanoTime();

        JsonPath result = invoke(webPool(20, "{\"deadlineSeconds\":3}"));

        assertEquals("FAILED", result.getString("status"));
        assertEquals("THROTTLED", result.getString("targets[0].error.category"));
        assertEquals(1, result.getInt("targets[0].attempts"));
        assertEquals(true, (System.nanoTime() - started) / 1_000_000 < 3000, "answered within the deadline");
    }

    @Test
    void throttlingWithoutRetryAfterIsRetriedWithBackoffAndSucceeds() {
        faultOnBatchUpdate("THROTTLE", "\"count\":2");

        JsonPath result = invoke(webPool(20, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(3, 3, 3), result.getList("targets.attempts"));
    }

    @Test
    void underTheGatewaysRateLimitEveryMemberSucceedsAndAWarmFunctionKeepsThePace() {
        EmulatorControl.putFleet(ElbFleets.withBigPool(2000));
        given().contentType(ContentType.JSON).body("{\"requestsPerSecond\":8,\"burst\":2}")
                .put(EmulatorControl.url() + "/_emulator/rate-limit").then().statusCode(200);
        String input = ElbFleets.weights(BIG_POOL, ElbFleets.bigPoolIds(2000), 5,
                "{\"maxConcurrency\":4,\"maxTargets\":2000}");

        JsonPath first = invoke(input);
        long firstRefusals = statuses(BIG_POOL).stream().filter(status -> status == 429).count();
        EmulatorControl.clearRequests();
        JsonPath second = invoke(input);

        assertEquals("SUCCEEDED", first.getString("status"));
        assertEquals("SUCCEEDED", second.getString("status"));
        assertEquals(true, firstRefusals >= 1, "the first invocation met the limit");
        assertEquals(List.of(), statuses(BIG_POOL).stream().filter(status -> status == 429).toList(),
                "the second invocation paced itself at the rate the gateway named");
    }

    static List<Integer> statuses(String poolId) {
        return EmulatorControl.requests(poolId).stream().map(request -> (Integer) request.get("status")).toList();
    }

    @Test
    void aServerErrorIsRetriedAndSucceeds() {
        faultOnBatchUpdate("ERROR_5XX", "\"count\":1,\"status\":503");

        JsonPath result = invoke(webPool(20, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(2, 2, 2), result.getList("targets.attempts"));
    }

    @Test
    void aConnectionResetIsRetriedAndSucceeds() {
        faultOnBatchUpdate("RESET", "\"count\":1");

        JsonPath result = invoke(webPool(20, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(2, 2, 2), result.getList("targets.attempts"));
    }

    @Test
    void aMalformedAnswerIsRetriedAndSucceeds() {
        faultOnBatchUpdate("MALFORMED", "\"count\":1");

        JsonPath result = invoke(webPool(20, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(20, 20, 20), result.getList("targets.state.weight"));
    }

    @Test
    void appliedThenFailedConvergesToTheRequestedState() {
        faultOnBatchUpdate("APPLIED_THEN_FAILED", "\"count\":1");

        JsonPath result = invoke(webPool(42, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(42, 42, 42), result.getList("targets.state.weight"));
        assertEquals(42, ElbFleets.member(EmulatorControl.fleet(), WEB_POOL, WEB_3).get("weight"));
    }

    @Test
    void appliedThenFailedIsSettledByReadingTheMembersBack() {
        faultOnBatchUpdate("APPLIED_THEN_FAILED", "\"probability\":1.0");

        JsonPath result = invoke(webPool(42, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of("READ", "READ", "READ"), result.getList("targets.settledBy"));
        assertEquals(List.of(42, 42, 42), result.getList("targets.state.weight"));
        assertEquals(List.of(4, 4, 4), result.getList("targets.attempts"));
    }

    @Test
    void aMalformedAnswerEveryTimeIsSettledByReadingTheMembersBack() {
        faultOnBatchUpdate("MALFORMED", "\"probability\":1.0");

        JsonPath result = invoke(webPool(43, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of("READ", "READ", "READ"), result.getList("targets.settledBy"));
        assertEquals(43, ElbFleets.member(EmulatorControl.fleet(), WEB_POOL, WEB_1).get("weight"));
    }

    @Test
    void aServerErrorEveryTimeIsFailedOnceTheReadShowsNothingChanged() {
        faultOnBatchUpdate("ERROR_5XX", "\"probability\":1.0");

        JsonPath result = invoke(webPool(44, "{}"));

        assertEquals("FAILED", result.getString("status"));
        assertEquals(List.of("FAILED", "FAILED", "FAILED"), result.getList("targets.status"));
        assertEquals(List.of("READ", "READ", "READ"), result.getList("targets.settledBy"));
        assertEquals("ELB.9000", result.getString("targets[0].error.code"));
        assertEquals(500, result.getInt("targets[0].error.httpStatus"));
        assertEquals(10, ElbFleets.member(EmulatorControl.fleet(), WEB_POOL, WEB_1).get("weight"));
    }

    @Test
    void aClientTimeoutOnEveryAttemptIsSettledByTheReadOnceTheSlowRequestsLand() {
        faultOnBatchUpdate("SLOW", "\"probability\":1.0,\"latencyMs\":1500");

        JsonPath result = invoke(webPool(20, "{}"));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of("READ", "READ", "READ"), result.getList("targets.settledBy"));
        assertEquals(4, result.getInt("targets[0].attempts"));
    }

    @Test
    void lostConnectionsWithTheChangeNotYetVisibleStayUnknownAndSaySo() {
        faultOnBatchUpdate("RESET", "\"probability\":1.0");

        JsonPath result = invoke(webPool(20, "{}"));

        assertEquals("FAILED", result.getString("status"));
        assertEquals(List.of("UNKNOWN", "UNKNOWN", "UNKNOWN"), result.getList("targets.status"));
        assertEquals("NETWORK", result.getString("targets[0].error.category"));
        assertNull(result.get("targets[0].settledBy"), "absent so far proves nothing after a lost answer");
        assertEquals(3, result.getInt("counts.unknown"));
    }

    @Test
    void aReadThatFailsTooLeavesTheOutcomeUnknown() {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"" + BATCH_UPDATE + "\",\"fault\":\"ERROR_5XX\"},"
                + "{\"operation\":\"elb.listMembers\",\"fault\":\"ERROR_5XX\"}]}");

        JsonPath result = invoke(webPool(20, "{}"));

        assertEquals(List.of("UNKNOWN", "UNKNOWN", "UNKNOWN"), result.getList("targets.status"));
        assertEquals("ELB.9000", result.getString("targets[0].error.code"));
    }

    @Test
    void callsTheOpenBreakerHeldBackAreSkippedAndTheSentOnesKeepTheirOutcome() {
        EmulatorControl.putFleet(ElbFleets.withBigPool(600));
        faultOnBatchUpdate("ERROR_5XX", "\"probability\":1.0");

        JsonPath result = invoke(ElbFleets.weights(BIG_POOL, ElbFleets.bigPoolIds(600), 5, "{\"maxConcurrency\":1}"));

        assertEquals("FAILED", result.getString("status"));
        assertEquals("FAILED", result.getString("targets[0].status"));
        assertEquals("ELB.9000", result.getString("targets[0].error.code"));
        assertEquals(4, result.getInt("targets[0].attempts"));
        assertEquals("SKIPPED", result.getString("targets[599].status"));
        assertEquals("CIRCUIT_OPEN", result.getString("targets[599].reason"));
        assertNull(result.get("targets[599].attempts"));
        assertEquals(400, result.getInt("counts.skipped"));
        assertEquals(4, EmulatorControl.requests(BIG_POOL).stream()
                .filter(request -> "POST".equals(request.get("method"))).count(), "one chunk's four attempts");
    }

    @Test
    void aCallTheBreakerStopsBetweenRetriesKeepsTheOutcomeOfItsAttempts() {
        EmulatorControl.putFleet(ElbFleets.withBigPool(400));
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"*\",\"fault\":\"ERROR_5XX\"}]}");

        JsonPath result = invoke(ElbFleets.weights(BIG_POOL, ElbFleets.bigPoolIds(400), 5, "{\"maxConcurrency\":2}"));

        assertEquals(List.of(), result.getList("targets.findAll { it.status == 'SKIPPED' }.id"));
        assertEquals(List.of(), result.getList("targets.findAll { it.error?.code == 'NODEBATCH.CIRCUIT_OPEN' }.id"));
        assertEquals(List.of("ELB.9000"), result.getList("targets.error.code").stream().distinct().toList());
        assertEquals(true, EmulatorControl.requests(BIG_POOL).stream()
                .filter(request -> "POST".equals(request.get("method"))).count() < 8, "the breaker cut the retries");
    }

    @Test
    void anUnknownMemberFailsAloneAndTheRestOfItsCallIsSentAgain() {
        String unknown = "00000000-0000-4000-8000-999999999999";
        JsonPath result = invoke(ElbFleets.weights(WEB_POOL, List.of(WEB_1, unknown, WEB_3), 0, "{}"));

        assertEquals("PARTIAL", result.getString("status"));
        assertEquals(List.of("SUCCEEDED", "FAILED", "SUCCEEDED"), result.getList("targets.status"));
        assertEquals("NOT_FOUND", result.getString("targets[1].error.category"));
        assertEquals("ELB.8902", result.getString("targets[1].error.code"));
        assertEquals(404, result.getInt("targets[1].error.httpStatus"));
        assertEquals(false, result.getBoolean("targets[1].error.retryable"));
        assertEquals(2, EmulatorControl.requests(WEB_POOL).size());
    }

    @Test
    void everyTargetAppearsOnceInInputOrderAndTheCountsAddUp() {
        EmulatorControl.putFleet(ElbFleets.withBigPool(500));
        List<String> ids = new java.util.ArrayList<>(ElbFleets.bigPoolIds(500));
        ids.set(250, "00000000-0000-4000-8000-999999999999");
        java.util.Collections.reverse(ids);
        EmulatorControl.faults("{\"seed\":7,\"rules\":[{\"operation\":\"" + BATCH_UPDATE + "\",\"fault\":\"THROTTLE\","
                + "\"probability\":0.3}]}");

        JsonPath result = invoke(ElbFleets.weights(BIG_POOL, ids, 1, "{\"maxConcurrency\":3}"));

        assertEquals(ids, result.getList("targets.id"));
        assertEquals(true, result.getList("targets.status").stream().allMatch(java.util.Objects::nonNull));
        int sum = result.getInt("counts.succeeded") + result.getInt("counts.submitted") + result.getInt("counts.failed")
                + result.getInt("counts.skipped") + result.getInt("counts.unknown") + result.getInt("counts.planned");
        assertEquals(500, result.getInt("counts.total"));
        assertEquals(500, sum);
        assertEquals(1, result.getInt("counts.failed"), "only the unknown member failed");
    }

}
