package dev.nodebatch.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.huawei.HuaweiCredentials;
import dev.nodebatch.huawei.HuaweiSigner;

/**
 * The emulator started through {@link EmulatorTestResource} for a test class, reset to the demo fleet before each
 * test, and an HTTP client to it: provider calls signed with {@link HuaweiSigner}, and control calls.
 */
final class RunningEmulator implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final HuaweiCredentials CREDENTIALS =
            HuaweiCredentials.of(EmulatorTestResource.ACCESS_KEY, EmulatorTestResource.SECRET_KEY);

    private final EmulatorTestResource resource;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private URI base;

    /** Starts an emulator for the test class it is registered in. */
    RunningEmulator() {
        this.resource = new EmulatorTestResource();
    }

    /** A client to an emulator started elsewhere. */
    RunningEmulator(String url) {
        this.resource = null;
        this.base = URI.create(url);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        base = URI.create(resource.start().get("nodebatch.emulator.url"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        resource.stop();
    }

    String url() {
        return base.toString();
    }

    /** A provider call signed now with the test credentials. */
    HttpResponse<String> huawei(String method, String path, String body) {
        return huawei(method, path, Map.of(), body, CREDENTIALS, Instant.now());
    }

    HttpResponse<String> huawei(String method, String path, Map<String, List<String>> query, String body,
            HuaweiCredentials credentials, Instant signedAt) {
        return send(signed(method, path, query, body, credentials, signedAt));
    }

    /** A request signed like the SDK signs it, to be sent as it is or tampered with first. */
    HttpRequest.Builder signed(String method, String path, Map<String, List<String>> query, String body,
            HuaweiCredentials credentials, Instant signedAt) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host());
        HttpRequest.Builder request = request(method, path, query, body);
        HuaweiSigner.sign(method, path, query, headers, bytes, credentials, signedAt).forEach(request::header);
        return request;
    }

    HttpRequest.Builder request(String method, String path, Map<String, List<String>> query, String body) {
        return HttpRequest.newBuilder(base.resolve(path + queryString(query))).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json;charset=UTF-8")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
    }

    String host() {
        return base.getHost() + ":" + base.getPort();
    }

    HttpResponse<String> control(String method, String path, String body) {
        return send(request(method, "/_emulator" + path, Map.of(), body));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return sendOrFail(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends without hiding connection failures, for calls that are meant to fail. */
    HttpResponse<String> sendOrFail(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    JsonNode state() {
        return json(control("GET", "/state", null));
    }

    JsonNode member(String poolId, String memberId) {
        for (JsonNode pool : state().at("/huawei/projects/" + DemoFleet.PROJECT_ID + "/elb/pools")) {
            for (JsonNode member : pool.path("members")) {
                if (pool.path("id").asText().equals(poolId) && member.path("id").asText().equals(memberId)) {
                    return member;
                }
            }
        }
        throw new AssertionError("No member " + memberId + " in pool " + poolId);
    }

    /** Changes the fleet: reads the state, lets {@code change} edit it, and puts it back. */
    void changeState(Consumer<ObjectNode> change) {
        ObjectNode state = (ObjectNode) state();
        change.accept(state);
        HttpResponse<String> put = control("PUT", "/state", state.toString());
        if (put.statusCode() != 200) {
            throw new AssertionError("The changed state was refused: " + put.body());
        }
    }

    /** Reads until {@code done} holds, for at most {@code within}; then the last answer, for the assertion to show. */
    static JsonNode poll(Supplier<JsonNode> read, Predicate<JsonNode> done, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while polling", e);
            }
            last = read.get();
        }
        return last;
    }

    /** Back to the demo fleet, no faults, no rate limit, an empty request log. */
    void reset() {
        control("PUT", "/state", EmulatorSettings.demoFleet().toString());
        control("DELETE", "/faults", null);
        control("PUT", "/rate-limit", "{\"requestsPerSecond\":0,\"burst\":0}");
        control("DELETE", "/requests", null);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return EmulatorJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private static String queryString(Map<String, List<String>> query) {
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, values) -> values.forEach(value -> joined.add(encode(name) + "=" + encode(value))));
        return joined.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
