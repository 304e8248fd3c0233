package dev.nodebatch.functions;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.nodebatch.batch.Pacing;
import dev.nodebatch.batch.ProviderCallGuard;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Drives the provider emulator that {@code EmulatorTestResource} started, over its control API. */
final class EmulatorControl {

    private static volatile Instant resetAt = Instant.EPOCH;

    private EmulatorControl() {
    }

    static String url() {
        return ConfigProvider.getConfig().getValue("nodebatch.emulator.url", String.class);
    }

    /** Demo fleet back, no faults, no rate limit, empty request log, every circuit breaker closed, no learned rate. */
    static void reset() {
        resetAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (Arc.container() != null) {
            // in-process tests only; a packaged application under test starts with closed breakers
            Arc.container().instance(ProviderCallGuard.class).get().resetBreakers();
            Arc.container().instance(Pacing.class).get().reset();
        }
        putFleet(resource("emulator/demo-fleet.json"));
        given().delete(url() + "/_emulator/faults").then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"requestsPerSecond\":0,\"burst\":0}")
                .put(url() + "/_emulator/rate-limit").then().statusCode(200);
        given().delete(url() + "/_emulator/requests").then().statusCode(204);
    }

    /** Empties the request log, leaving fleet, faults, limits and learned rates as they are. */
    static void clearRequests() {
        resetAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        given().delete(url() + "/_emulator/requests").then().statusCode(204);
    }

    static void putFleet(String fleet) {
        given().contentType(ContentType.JSON).body(fleet).put(url() + "/_emulator/state").then().statusCode(200);
    }

    static JsonPath fleet() {
        return given().get(url() + "/_emulator/state").then().statusCode(200).extract().jsonPath();
    }

    static void faults(String plan) {
        given().contentType(ContentType.JSON).body(plan).put(url() + "/_emulator/faults").then().statusCode(200);
    }

    /**
     * The provider calls that reached the emulator since the last reset, control calls not included. A call
     * an earlier test left waiting in a slow fault is logged when it ends, so calls are filtered by their start.
     */
    static List<Map<String, Object>> requests() {
        List<Map<String, Object>> calls = given().get(url() + "/_emulator/requests").then().statusCode(200).extract()
                .jsonPath().getList("requests");
        return calls.stream().filter(call -> !Instant.parse((String) call.get("startedAt")).isBefore(resetAt)).toList();
    }

    /** The provider calls about one pool since the last reset. */
    static List<Map<String, Object>> requests(String poolId) {
        return requests().stream().filter(call -> String.valueOf(call.get("path")).contains("/pools/" + poolId + "/"))
                .toList();
    }

    static int maxInFlight(String operation) {
        Integer max = given().get(url() + "/_emulator/requests").then().statusCode(200).extract().jsonPath()
                .get("maxInFlight.'" + operation + "'");
        return max == null ? 0 : max;
    }

    /** Waits until no provider call is in progress in the emulator, e.g. one held in a slow fault. */
    static void awaitNoCallInFlight() {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            Map<String, Object> inFlight = given().get(url() + "/_emulator/requests").then().statusCode(200).extract()
                    .jsonPath().getMap("inFlight");
            if (inFlight == null || inFlight.isEmpty()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("provider calls still in progress after 10 s");
    }

    /** Every member's weight in one pool of the emulator's fleet, by member id. */
    static Map<String, Integer> weights(String poolId) {
        List<Map<String, Object>> members = fleet().getList("huawei.projects.'" + ElbFleets.PROJECT
                + "'.elb.pools.find { it.id == '" + poolId + "' }.members");
        Map<String, Integer> weights = new java.util.HashMap<>();
        members.forEach(member -> weights.put((String) member.get("id"), (Integer) member.get("weight")));
        return weights;
    }

    static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
