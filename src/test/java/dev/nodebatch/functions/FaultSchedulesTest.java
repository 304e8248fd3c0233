package dev.nodebatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.Pacing;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.QuietLog;
import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Property: whatever faults the provider throws, the result tells the truth about every target. For each of
 * {@value #DEFAULT_SCHEDULES} seeded random {@link FaultSchedule}s (every emulator fault kind, mixed, with
 * random concurrency, error budget and deadline) it checks, against the emulator's state once every slow
 * request has landed:
 * <ul>
 * <li>every target appears exactly once, in input order, and the counts add up;</li>
 * <li>SUCCEEDED ⇒ the emulator shows the requested weight; FAILED or SKIPPED ⇒ it does not;</li>
 * <li>the invocation answered within its deadline plus the settle grace and a margin.</li>
 * </ul>
 * Timeouts, retries and grace are shortened (profile below) and the calls go through a plain HTTP client, so
 * a thousand schedules take about a minute. A failure names its seed; {@code -Dnodebatch.fault-schedule.seed=N}
 * replays that one schedule, {@code -Dnodebatch.fault-schedules=N} runs N.
 */
@QuarkusTest
@TestProfile(FaultSchedulesTest.ShortTimeouts.class)
@WithTestResource(EmulatorTestResource.class)
class FaultSchedulesTest {

    static final int DEFAULT_SCHEDULES = 1000;
    static final long SETTLE_GRACE_MS = 400;
    static final long MARGIN_MS = 300;
    static final int STARTING_WEIGHT = 10;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "nodebatch.huawei.read-timeout", "200ms",
                    "nodebatch.batch.call-reserve", "100ms",
                    "nodebatch.batch.settle-grace", SETTLE_GRACE_MS + "ms",
                    "nodebatch.calls.retry.base-delay", "1ms",
                    "nodebatch.calls.retry.max-delay", "5ms",
                    "nodebatch.calls.pacing.min-rate", "50");
        }
    }

    @Test
    void theResultTellsTheTruthAboutEveryTargetUnderAnyFaultSchedule() throws Exception {
        EmulatorControl.reset();
        List<Long> seeds = seeds();
        Map<String, Integer> tally = new HashMap<>();
        // a thousand invocations under faults: keep their summary and warning lines out of the build log
        try (QuietLog quiet = QuietLog.errorsOnly("dev.nodebatch")) {
            for (long seed : seeds) {
                FaultSchedule schedule = FaultSchedule.draw(seed);
                try {
                    check(schedule, tally);
                } catch (AssertionError e) {
                    fail("Fault schedule seed " + seed + " (replay: -Dnodebatch.fault-schedule.seed=" + seed + "): "
                            + schedule + ": " + e.getMessage(), e);
                }
            }
        }
        System.out.printf("Fault schedules: %d run, target outcomes %s%n", seeds.size(), tally);
        if (seeds.size() >= 100) {
            assertTrue(tally.keySet().containsAll(List.of("SUCCEEDED", "FAILED", "UNKNOWN", "SKIPPED")),
                    "the schedules reach every kind of outcome: " + tally);
        }
    }

    static List<Long> seeds() {
        var config = ConfigProvider.getConfig();
        var replay = config.getOptionalValue("nodebatch.fault-schedule.seed", Long.class);
        if (replay.isPresent()) {
            return List.of(replay.get());
        }
        int count = config.getOptionalValue("nodebatch.fault-schedules", Integer.class).orElse(DEFAULT_SCHEDULES);
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= count; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    static void check(FaultSchedule schedule, Map<String, Integer> tally) throws Exception {
        Arc.container().instance(ProviderCallGuard.class).get().resetBreakers();
        Arc.container().instance(Pacing.class).get().reset();
        send("PUT", EmulatorControl.url() + "/_emulator/state", ElbFleets.withBigPool(schedule.poolSize()));
        send("PUT", EmulatorControl.url() + "/_emulator/faults", schedule.faultPlan());
        List<String> ids = schedule.memberIds();

        long started = System.nanoTime();
        JsonNode result = send("POST", functionUrl(), schedule.input());
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        send("PUT", EmulatorControl.url() + "/_emulator/faults", "{\"rules\":[]}");
        awaitNoCallInFlight();

        List<String> statuses = new ArrayList<>();
        List<String> resultIds = new ArrayList<>();
        result.path("targets").forEach(target -> {
            resultIds.add(target.path("id").asText());
            statuses.add(target.path("status").asText());
        });
        assertEquals(ids, resultIds, "every target once, in input order");
        assertCountsAddUp(result.path("counts"), statuses, ids.size());
        assertTrue(tookMs <= schedule.deadlineSeconds() * 1000L + SETTLE_GRACE_MS + MARGIN_MS,
                "answered after " + tookMs + " ms");
        Map<String, Integer> weights = weights(send("GET", EmulatorControl.url() + "/_emulator/state", null));
        for (int i = 0; i < ids.size(); i++) {
            String status = statuses.get(i);
            tally.merge(status, 1, Integer::sum);
            Integer now = weights.get(ids.get(i));
            boolean changed = now != null && now == schedule.weightOf(i) && now != STARTING_WEIGHT;
            switch (status) {
                case "SUCCEEDED" -> assertTrue(changed, ids.get(i) + " SUCCEEDED but shows weight " + now);
                case "FAILED", "SKIPPED" -> assertTrue(!changed, ids.get(i) + " " + status + " but shows the change");
                case "UNKNOWN" -> { }
                default -> fail(ids.get(i) + " has status " + status);
            }
        }
    }

    static void assertCountsAddUp(JsonNode counts, List<String> statuses, int total) {
        assertEquals(total, counts.path("total").asInt());
        int sum = 0;
        for (String count : List.of("succeeded", "submitted", "failed", "skipped", "unknown", "planned")) {
            int counted = counts.path(count).asInt();
            assertEquals(statuses.stream().filter(count.toUpperCase()::equals).count(), counted, count);
            sum += counted;
        }
        assertEquals(total, sum, "the counts add up");
    }

    static Map<String, Integer> weights(JsonNode fleet) {
        Map<String, Integer> weights = new HashMap<>();
        fleet.path("huawei").path("projects").path(ElbFleets.PROJECT).path("elb").path("pools").forEach(pool -> {
            if (pool.path("id").asText().equals(ElbFleets.BIG_POOL)) {
                pool.path("members").forEach(member -> weights.put(member.path("id").asText(),
                        member.path("weight").asInt()));
            }
        });
        return weights;
    }

    static void awaitNoCallInFlight() throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            if (send("GET", EmulatorControl.url() + "/_emulator/requests", null).path("inFlight").isEmpty()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("provider calls still in progress after 10 s");
    }

    static String functionUrl() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        return "http://localhost:" + port + "/huawei-elb-members-update";
    }

    static JsonNode send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() / 100 == 2, method + " " + url + " answered " + response.statusCode());
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
