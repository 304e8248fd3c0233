package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.WEB_1;
import static dev.nodebatch.emulator.DemoFleet.WEB_POOL;
import static dev.nodebatch.emulator.DemoFleet.membersPath;
import static dev.nodebatch.emulator.RunningEmulator.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/** The standalone emulator's setup ({@code EmulatorMain}): native transport where there is one, several event loops. */
class EmulatorEventLoopsTest {

    private static final int LATENCY_MS = 50;

    @Test
    @DisplayName("on two event loops, concurrent calls are all answered, each after its latency and not much later; "
            + "closing frees the port")
    void twoEventLoopsShareThePort() {
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            int port;
            try (ProviderEmulator emulator = new ProviderEmulator(vertx, EmulatorSettings.withDemoFleet(
                    Map.of(EmulatorTestResource.ACCESS_KEY, EmulatorTestResource.SECRET_KEY)))) {
                port = emulator.start(0, 2);
                RunningEmulator running = new RunningEmulator("http://localhost:" + port);
                assertEquals(200, running.control("PUT", "/faults", "{\"rules\":[{\"operation\":\"elb.showMember\","
                        + "\"fault\":\"LATENCY\",\"latencyMs\":" + LATENCY_MS + "}]}").statusCode());

                List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 8)
                        .mapToObj(i -> CompletableFuture.supplyAsync(() -> running.huawei("GET",
                                membersPath(WEB_POOL) + "/" + WEB_1, null), threads))
                        .toList();
                calls.forEach(call -> assertEquals(200, call.join().statusCode(), call.join().body()));

                JsonNode log = json(running.control("GET", "/requests", null));
                assertEquals(8, log.path("requests").size(), log.toString());
                // generous above: a busy machine may be late, never early
                log.path("requests").forEach(request -> assertTrue(request.path("durationMs").asLong() >= LATENCY_MS
                        && request.path("durationMs").asLong() < LATENCY_MS + 1_000, log.toString()));
            }
            try (ProviderEmulator again = new ProviderEmulator(vertx, EmulatorSettings.withDemoFleet(Map.of()))) {
                assertEquals(port, again.start(port, 2), "every server of the first emulator let go of the port");
            }
        } finally {
            threads.shutdown();
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
