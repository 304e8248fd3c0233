package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.WEB_1;
import static dev.nodebatch.emulator.DemoFleet.WEB_POOL;
import static dev.nodebatch.emulator.DemoFleet.membersPath;
import static dev.nodebatch.emulator.RunningEmulator.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.nodebatch.huawei.HuaweiCredentials;
import io.vertx.core.Vertx;

class RateLimitTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final String WEB_1_PATH = membersPath(WEB_POOL) + "/" + WEB_1;

    private Vertx vertx;
    private ProviderEmulator ownEmulator;

    @AfterEach
    void closeOwnEmulator() {
        if (ownEmulator != null) {
            ownEmulator.close();
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    @DisplayName("rate limit answers APIGW.0308 without Retry-After")
    void rateLimitAnswers0308() {
        assertEquals(200, emulator.control("PUT", "/rate-limit", "{\"requestsPerSecond\":2,\"burst\":2}").statusCode());

        List<HttpResponse<String>> responses = IntStream.range(0, 3)
                .mapToObj(i -> emulator.huawei("GET", WEB_1_PATH, null)).toList();

        assertEquals(List.of(200, 200, 429), responses.stream().map(HttpResponse::statusCode).toList());
        HttpResponse<String> throttled = responses.get(2);
        assertEquals("APIGW.0308", json(throttled).path("error_code").asText());
        assertEquals("The throttling threshold has been reached: policy user over ratelimit,limit:2,time:1 second",
                json(throttled).path("error_msg").asText());
        assertTrue(throttled.headers().firstValue("Retry-After").isEmpty());
        assertEquals(throttled.headers().firstValue("X-Request-Id").orElseThrow(), json(throttled).path("request_id").asText());
    }

    @Test
    @DisplayName("tokens come back at the configured rate")
    void tokensRefill() throws InterruptedException {
        emulator.control("PUT", "/rate-limit", "{\"requestsPerSecond\":2,\"burst\":1}");
        assertEquals(200, emulator.huawei("GET", WEB_1_PATH, null).statusCode());
        assertEquals(429, emulator.huawei("GET", WEB_1_PATH, null).statusCode());

        Thread.sleep(600);

        assertEquals(200, emulator.huawei("GET", WEB_1_PATH, null).statusCode());
    }

    @Test
    @DisplayName("the rate limit is per credential and can start from the settings")
    void limitIsPerCredential() {
        HuaweiCredentials first = HuaweiCredentials.of("FIRSTACCESSKEY000001", "first-secret-key-for-tests");
        HuaweiCredentials second = HuaweiCredentials.of("SECONDACCESSKEY00002", "second-secret-key-for-tests");
        vertx = Vertx.vertx();
        ownEmulator = new ProviderEmulator(vertx, EmulatorSettings.withDemoFleet(Map.of(
                first.accessKey(), first.secretKey(), second.accessKey(), second.secretKey()))
                .withRateLimit(RateLimit.perSecond(1)));
        RunningEmulator own = new RunningEmulator("http://localhost:" + ownEmulator.start(0));

        assertEquals(200, own.huawei("GET", WEB_1_PATH, Map.of(), null, first, Instant.now()).statusCode());
        assertEquals(429, own.huawei("GET", WEB_1_PATH, Map.of(), null, first, Instant.now()).statusCode());
        assertEquals(200, own.huawei("GET", WEB_1_PATH, Map.of(), null, second, Instant.now()).statusCode());
    }

    @Test
    @DisplayName("the rate limit is shown and 0 turns it off")
    void rateLimitIsShown() {
        assertEquals(200, emulator.control("PUT", "/rate-limit", "{\"requestsPerSecond\":5,\"burst\":7}").statusCode());
        assertEquals(7, json(emulator.control("GET", "/rate-limit", null)).path("burst").asInt());

        assertEquals(200, emulator.control("PUT", "/rate-limit", "{\"requestsPerSecond\":0}").statusCode());

        assertTrue(IntStream.range(0, 20).allMatch(i -> emulator.huawei("GET", WEB_1_PATH, null).statusCode() == 200));
        assertEquals(400, emulator.control("PUT", "/rate-limit", "{\"requestsPerSecond\":-1}").statusCode());
    }
}
