package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.WEB_1;
import static dev.nodebatch.emulator.DemoFleet.WEB_2;
import static dev.nodebatch.emulator.DemoFleet.WEB_POOL;
import static dev.nodebatch.emulator.DemoFleet.membersPath;
import static dev.nodebatch.emulator.RunningEmulator.CREDENTIALS;
import static dev.nodebatch.emulator.RunningEmulator.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.huawei.HuaweiCredentials;

class FaultInjectionTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final String UPDATE_PATH = membersPath(WEB_POOL) + "/batch-update";

    @Test
    @DisplayName("a throttle fault with Retry-After answers 429 APIGW.0308 with the header")
    void throttleWithRetryAfter() {
        plan("{\"rules\":[{\"operation\":\"elb.batchUpdateMembers\",\"fault\":\"THROTTLE\",\"count\":1,\"retryAfterSeconds\":3}]}");

        HttpResponse<String> response = updateWeight(WEB_1, 20);

        assertEquals(429, response.statusCode());
        assertEquals("APIGW.0308", json(response).path("error_code").asText());
        assertEquals(List.of("3"), response.headers().allValues("Retry-After"));
        assertEquals(10, weightOf(WEB_1));
    }

    @Test
    @DisplayName("a throttle fault without Retry-After sends no such header")
    void throttleWithoutRetryAfter() {
        plan("{\"rules\":[{\"operation\":\"*\",\"fault\":\"THROTTLE\",\"count\":1}]}");

        HttpResponse<String> response = show(WEB_1);

        assertEquals(429, response.statusCode());
        assertTrue(response.headers().firstValue("Retry-After").isEmpty());
    }

    @Test
    @DisplayName("count faults expire")
    void countFaultsExpire() {
        plan("{\"rules\":[{\"operation\":\"elb.showMember\",\"fault\":\"ERROR_5XX\",\"count\":2,\"status\":503}]}");

        List<Integer> statuses = IntStream.range(0, 3).mapToObj(i -> show(WEB_1).statusCode()).toList();

        assertEquals(List.of(503, 503, 200), statuses);
        assertEquals(0, json(emulator.control("GET", "/faults", null)).at("/rules/0/count").asInt());
    }

    @Test
    @DisplayName("faults only disturb the operation they name")
    void faultsMatchTheirOperation() {
        plan("{\"rules\":[{\"operation\":\"elb.listMembers\",\"fault\":\"ERROR_5XX\"}]}");

        assertEquals(200, show(WEB_1).statusCode());
        assertEquals(500, emulator.huawei("GET", membersPath(WEB_POOL), null).statusCode());
    }

    @Test
    @DisplayName("seeded probability faults are repeatable")
    void seededProbabilityIsRepeatable() {
        String seeded = "{\"seed\":42,\"rules\":[{\"operation\":\"elb.showMember\",\"fault\":\"ERROR_5XX\",\"probability\":0.5}]}";

        plan(seeded);
        List<Integer> first = IntStream.range(0, 20).mapToObj(i -> show(WEB_1).statusCode()).toList();
        plan(seeded);
        List<Integer> second = IntStream.range(0, 20).mapToObj(i -> show(WEB_1).statusCode()).toList();

        assertEquals(first, second);
        assertTrue(first.contains(200) && first.contains(500), first.toString());
    }

    @Test
    @DisplayName("an error fault leaves the state unchanged")
    void errorFaultChangesNothing() {
        plan("{\"rules\":[{\"operation\":\"elb.batchUpdateMembers\",\"fault\":\"ERROR_5XX\",\"count\":1}]}");

        HttpResponse<String> response = updateWeight(WEB_1, 30);

        assertEquals(500, response.statusCode());
        assertEquals("ELB.9000", json(response).path("error_code").asText());
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), json(response).path("request_id").asText());
        assertEquals(10, weightOf(WEB_1));
    }

    @Test
    @DisplayName("applied then failed changes the state")
    void appliedThenFailedChangesTheState() {
        plan("{\"rules\":[{\"operation\":\"elb.batchUpdateMembers\",\"fault\":\"APPLIED_THEN_FAILED\",\"count\":1}]}");

        HttpResponse<String> response = updateWeight(WEB_1, 31);

        assertEquals(500, response.statusCode());
        assertEquals("ELB.9000", json(response).path("error_code").asText());
        assertEquals(31, weightOf(WEB_1));
    }

    @Test
    @DisplayName("a malformed answer still applies the change")
    void malformedAnswerAppliesTheChange() {
        plan("{\"rules\":[{\"operation\":\"elb.batchUpdateMembers\",\"fault\":\"MALFORMED\",\"count\":1}]}");

        HttpResponse<String> response = updateWeight(WEB_1, 32);

        assertEquals(200, response.statusCode());
        assertThrows(JsonProcessingException.class, () -> EmulatorJson.MAPPER.readTree(response.body()));
        assertEquals(32, weightOf(WEB_1));
    }

    @Test
    @DisplayName("a reset closes the connection without an answer and changes nothing")
    void resetClosesTheConnection() {
        plan("{\"rules\":[{\"operation\":\"elb.batchUpdateMembers\",\"fault\":\"RESET\",\"count\":1}]}");

        assertThrows(IOException.class, () -> emulator.sendOrFail(emulator.signed("POST", UPDATE_PATH, Map.of(),
                updateBody(WEB_1, 33), CREDENTIALS, Instant.now())));

        assertEquals(10, weightOf(WEB_1));
        assertEquals(0, json(emulator.control("GET", "/requests", null)).at("/requests/0/status").asInt());
    }

    @Test
    @DisplayName("latency delays the answer and counts towards the operation's concurrency")
    void latencyCountsInFlight() {
        plan("{\"rules\":[{\"operation\":\"elb.showMember\",\"fault\":\"LATENCY\",\"latencyMs\":300}]}");

        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 3)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> show(WEB_1), threads)).toList();
            calls.forEach(call -> assertEquals(200, call.join().statusCode()));
        } finally {
            threads.shutdown();
        }

        JsonNode log = json(emulator.control("GET", "/requests", null));
        assertEquals(3, log.at("/maxInFlight/elb.showMember").asInt());
        log.path("requests").forEach(request -> assertTrue(request.path("durationMs").asLong() >= 300, log.toString()));
    }

    @Test
    @DisplayName("a slow answer applies the change after the client gave up")
    void slowAnswerAppliesLater() throws InterruptedException {
        plan("{\"rules\":[{\"operation\":\"elb.batchUpdateMembers\",\"fault\":\"SLOW\",\"latencyMs\":600,\"count\":1}]}");

        assertThrows(HttpTimeoutException.class, () -> emulator.sendOrFail(emulator.signed("POST", UPDATE_PATH, Map.of(),
                updateBody(WEB_1, 34), CREDENTIALS, Instant.now()).timeout(Duration.ofMillis(200))));
        assertEquals(10, weightOf(WEB_1));

        Thread.sleep(800);
        assertEquals(34, weightOf(WEB_1));
    }

    @Test
    @DisplayName("faults apply after the signature check")
    void faultsFollowTheSignatureCheck() {
        plan("{\"rules\":[{\"operation\":\"*\",\"fault\":\"ERROR_5XX\",\"count\":1}]}");
        HuaweiCredentials wrongSecret = HuaweiCredentials.of(CREDENTIALS.accessKey(), "not-the-secret-key");

        int refused = emulator.huawei("GET", membersPath(WEB_POOL) + "/" + WEB_2, Map.of(), null, wrongSecret,
                Instant.now()).statusCode();

        assertEquals(401, refused);
        assertEquals(500, show(WEB_2).statusCode());
    }

    @Test
    @DisplayName("a fault plan naming an unknown operation or missing a parameter is refused")
    void badPlansAreRefused() {
        HttpResponse<String> unknown = emulator.control("PUT", "/faults",
                "{\"rules\":[{\"operation\":\"elb.deleteEverything\",\"fault\":\"RESET\"}]}");
        HttpResponse<String> noLatency = emulator.control("PUT", "/faults",
                "{\"rules\":[{\"operation\":\"*\",\"fault\":\"LATENCY\"}]}");
        HttpResponse<String> unknownType = emulator.control("PUT", "/faults",
                "{\"rules\":[{\"operation\":\"*\",\"fault\":\"EXPLODE\"}]}");

        assertEquals(400, unknown.statusCode());
        assertTrue(json(unknown).path("error").asText().contains("elb.deleteEverything"), unknown.body());
        assertEquals(400, noLatency.statusCode());
        assertTrue(json(noLatency).path("error").asText().contains("latencyMs is required for LATENCY"), noLatency.body());
        assertEquals(400, unknownType.statusCode());
        assertTrue(json(unknownType).path("error").asText().contains("EXPLODE"), unknownType.body());
    }

    @Test
    @DisplayName("deleting the fault plan ends all faults")
    void deletingThePlanEndsFaults() {
        plan("{\"rules\":[{\"operation\":\"*\",\"fault\":\"ERROR_5XX\"}]}");

        assertEquals(204, emulator.control("DELETE", "/faults", null).statusCode());

        assertEquals(200, show(WEB_1).statusCode());
        assertEquals(0, json(emulator.control("GET", "/faults", null)).path("rules").size());
    }

    private static void plan(String plan) {
        HttpResponse<String> response = emulator.control("PUT", "/faults", plan);
        assertEquals(200, response.statusCode(), response.body());
    }

    private static HttpResponse<String> show(String memberId) {
        return emulator.huawei("GET", membersPath(WEB_POOL) + "/" + memberId, null);
    }

    private static HttpResponse<String> updateWeight(String memberId, int weight) {
        return emulator.huawei("POST", UPDATE_PATH, updateBody(memberId, weight));
    }

    private static String updateBody(String memberId, int weight) {
        return "{\"members\":[{\"id\":\"" + memberId + "\",\"weight\":" + weight + "}]}";
    }

    private static int weightOf(String memberId) {
        return emulator.member(WEB_POOL, memberId).path("weight").asInt();
    }
}
