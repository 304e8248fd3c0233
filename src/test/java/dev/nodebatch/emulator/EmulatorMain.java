package dev.nodebatch.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * The provider emulator as a process of its own, for benchmarks and manual runs:
 * {@code EmulatorMain [--port 8089] [--members N] [--rate-limit RPS] [--burst N] [--latency-ms MS] [--event-loops N]}.
 * <p>
 * It accepts the AK/SK in {@code HUAWEICLOUD_SDK_AK} / {@code HUAWEICLOUD_SDK_SK} (the tests' fake keys when unset)
 * and starts with the demo fleet, plus with {@code --members} a {@link LargePool} of that many members. Rate limit
 * and latency are set through the emulator's own control API, as any client would set them. It prints
 * {@code listening on <url>} once ready and runs until it is stopped.
 * <p>
 * It prefers Netty's native epoll transport (a test dependency, Linux x86-64), whose timers keep an injected latency to
 * the microsecond, and falls back to Java's selector elsewhere. {@code --event-loops} serves the port from that many
 * event loops (1 by default).
 */
public final class EmulatorMain {

    private EmulatorMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        int members = Integer.parseInt(options.getOrDefault("--members", "0"));
        String accessKey = System.getenv().getOrDefault("HUAWEICLOUD_SDK_AK", EmulatorTestResource.ACCESS_KEY);
        String secretKey = System.getenv().getOrDefault("HUAWEICLOUD_SDK_SK", EmulatorTestResource.SECRET_KEY);
        EmulatorSettings settings = EmulatorSettings.withDemoFleet(Map.of(accessKey, secretKey));
        if (members > 0) {
            settings = new EmulatorSettings(settings.huaweiCredentials(), settings.maxClockSkew(), settings.rateLimit(),
                    LargePool.inDemoFleet(members), settings.azure());
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
        ProviderEmulator emulator = new ProviderEmulator(vertx, settings);
        String url = "http://localhost:" + emulator.start(Integer.parseInt(options.getOrDefault("--port", "8089")),
                Integer.parseInt(options.getOrDefault("--event-loops", "1")));

        HttpClient control = HttpClient.newHttpClient();
        int rate = Integer.parseInt(options.getOrDefault("--rate-limit", "0"));
        int burst = Integer.parseInt(options.getOrDefault("--burst", "0"));
        put(control, url + "/_emulator/rate-limit", "{\"requestsPerSecond\":" + rate + ",\"burst\":" + burst + "}");
        if (options.containsKey("--latency-ms")) {
            put(control, url + "/_emulator/faults", "{\"rules\":[{\"operation\":\"*\",\"fault\":\"LATENCY\",\"latencyMs\":"
                    + Long.parseLong(options.get("--latency-ms")) + "}]}");
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            vertx.close();
            stopped.countDown();
        }));
        System.out.println("listening on " + url);
        stopped.await();
    }

    private static void put(HttpClient client, String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalArgumentException("PUT " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "Usage: EmulatorMain [--port 8089] [--members N] [--rate-limit RPS] [--burst N] [--latency-ms MS]");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
