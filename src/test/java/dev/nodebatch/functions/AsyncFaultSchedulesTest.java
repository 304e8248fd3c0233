package dev.nodebatch.functions;

import static dev.nodebatch.emulator.DemoFleet.CACHE_CARTS;
import static dev.nodebatch.emulator.DemoFleet.CACHE_ORDERS;
import static dev.nodebatch.emulator.DemoFleet.CACHE_SCRATCH;
import static dev.nodebatch.emulator.DemoFleet.CARTS_NODE_1;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_1;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_2;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_3;
import static dev.nodebatch.emulator.DemoFleet.MONGO_1;
import static dev.nodebatch.emulator.DemoFleet.MONGO_2;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_1;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_2;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_3;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.emulator.DemoFleet.SCRATCH_NODE;
import static dev.nodebatch.functions.FaultSchedulesTest.assertCountsAddUp;
import static dev.nodebatch.functions.FaultSchedulesTest.awaitNoCallInFlight;
import static dev.nodebatch.functions.FaultSchedulesTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.batch.Pacing;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.QuietLog;
import dev.nodebatch.emulator.EmulatorTestResource;
import dev.nodebatch.emulator.fault.FaultType;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Property: whatever faults meet the asynchronous submits and the reads around them, nothing is submitted twice and
 * the result tells the truth. For {@value #DEFAULT_SCHEDULES} seeded random schedules of each of
 * {@code huawei-dcs-nodes-start-stop} and {@code huawei-geminidb-patch} (random targets, every fault kind on the
 * submit and on the reads, random concurrency), once every slow request has landed:
 * <ul>
 * <li>every target appears exactly once, in input order, and the counts add up;</li>
 * <li>each DCS instance got at most one submit the provider processed; GeminiDB got at most one processed patch
 * call per engine (each engine's instances fit in one call here);</li>
 * <li>SUBMITTED ⇒ the emulator has that job, for that instance (and node); FAILED or SKIPPED ⇒ no job started for
 * that instance.</li>
 * </ul>
 * A failure names its seed; {@code -Dnodebatch.async-fault-schedule.seed=N} replays that schedule.
 */
@QuarkusTest
@TestProfile(FaultSchedulesTest.ShortTimeouts.class)
@WithTestResource(EmulatorTestResource.class)
class AsyncFaultSchedulesTest {

    static final int DEFAULT_SCHEDULES = 150;
    static final List<FaultType> FAULTS = List.of(FaultType.values());
    static final Map<String, List<String>> DCS_NODES = Map.of(
            CACHE_ORDERS, List.of(ORDERS_NODE_1, ORDERS_NODE_2, ORDERS_NODE_3),
            CACHE_CARTS, List.of(CARTS_NODE_1),
            CACHE_SCRATCH, List.of(SCRATCH_NODE));
    static final String UNKNOWN_INSTANCE = "00000000000000000000000000000404in06";

    @Test
    void dcsStartStopSubmitsOnceAndTellsTheTruthUnderAnyFaultSchedule() throws Exception {
        run("dcs", this::checkDcs);
    }

    @Test
    void geminiDbPatchSubmitsOnceAndTellsTheTruthUnderAnyFaultSchedule() throws Exception {
        run("geminidb", this::checkGeminiDb);
    }

    interface Check {
        void run(Random random, Map<String, Integer> tally) throws Exception;
    }

    static void run(String service, Check check) throws Exception {
        EmulatorControl.reset();
        Map<String, Integer> tally = new TreeMap<>();
        List<Long> seeds = seeds();
        try (QuietLog quiet = QuietLog.errorsOnly("dev.nodebatch")) {
            for (long seed : seeds) {
                try {
                    check.run(new Random(seed), tally);
                } catch (AssertionError e) {
                    fail(service + " fault schedule seed " + seed
                            + " (replay: -Dnodebatch.async-fault-schedule.seed=" + seed + "): " + e.getMessage(), e);
                }
            }
        }
        System.out.printf("%s fault schedules: %d run, target outcomes %s%n", service, seeds.size(), tally);
        if (seeds.size() >= 100) {
            assertTrue(tally.keySet().containsAll(List.of("SUBMITTED", "FAILED", "UNKNOWN")), tally::toString);
        }
    }

    static List<Long> seeds() {
        var replay = ConfigProvider.getConfig().getOptionalValue("nodebatch.async-fault-schedule.seed", Long.class);
        if (replay.isPresent()) {
            return List.of(replay.get());
        }
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= DEFAULT_SCHEDULES; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    /** Up to three rules: a fault kind, an operation (the submit, a read around it, or all), a probability. */
    static String faultPlan(Random random, long seed, List<String> operations) {
        List<String> rules = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            FaultType fault = FAULTS.get(random.nextInt(FAULTS.size()));
            String operation = operations.get(random.nextInt(operations.size()));
            rules.add(String.format(Locale.ROOT, "{\"operation\":\"%s\",\"fault\":\"%s\",\"probability\":%.2f%s}",
                    operation, fault, 0.1 + random.nextDouble() * 0.6,
                    fault == FaultType.SLOW ? ",\"latencyMs\":" + (220 + random.nextInt(200))
                            : fault == FaultType.LATENCY ? ",\"latencyMs\":" + random.nextInt(40) : ""));
        }
        return "{\"seed\":" + seed + ",\"rules\":[" + String.join(",", rules) + "]}";
    }

    static JsonNode invoke(String function, String fleet, String faults, String input) throws Exception {
        Arc.container().instance(ProviderCallGuard.class).get().resetBreakers();
        Arc.container().instance(Pacing.class).get().reset();
        send("PUT", EmulatorControl.url() + "/_emulator/state", fleet);
        send("DELETE", EmulatorControl.url() + "/_emulator/requests", null);
        send("PUT", EmulatorControl.url() + "/_emulator/faults", faults);
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        JsonNode result = send("POST", "http://localhost:" + port + "/" + function, input);
        send("PUT", EmulatorControl.url() + "/_emulator/faults", "{\"rules\":[]}");
        awaitNoCallInFlight();
        return result;
    }

    static List<String> statuses(JsonNode result, List<String> ids) {
        List<String> resultIds = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        result.path("targets").forEach(target -> {
            resultIds.add(target.path("id").asText());
            statuses.add(target.path("status").asText());
        });
        assertEquals(ids, resultIds, "every target once, in input order");
        assertCountsAddUp(result.path("counts"), statuses, ids.size());
        return statuses;
    }

    static JsonNode emulator(String path) throws Exception {
        return send("GET", EmulatorControl.url() + "/_emulator/" + path, null);
    }

    void checkDcs(Random random, Map<String, Integer> tally) throws Exception {
        List<String> instances = new ArrayList<>(DCS_NODES.keySet());
        Collections.shuffle(instances, random);
        instances = instances.subList(0, 1 + random.nextInt(instances.size()));
        List<String> ids = new ArrayList<>();
        Map<String, String> instanceOf = new HashMap<>();
        List<String> listed = new ArrayList<>();
        for (String instance : instances) {
            if (random.nextBoolean()) {
                listed.add("{\"instanceId\":\"" + instance + "\"}");
                ids.add(instance);
                instanceOf.put(instance, instance);
            } else {
                List<String> nodes = DCS_NODES.get(instance).subList(0, 1 + random.nextInt(DCS_NODES.get(instance).size()));
                listed.add("{\"instanceId\":\"" + instance + "\",\"nodeIds\":[" + nodes.stream()
                        .map(node -> "\"" + node + "\"").collect(Collectors.joining(",")) + "]}");
                nodes.forEach(node -> {
                    ids.add(node);
                    instanceOf.put(node, instance);
                });
            }
        }
        String input = "{\"region\":\"eu-west-101\",\"projectId\":\"" + PROJECT_ID + "\",\"action\":\"stop\","
                + "\"requireRecentBackup\":" + random.nextBoolean() + ",\"instances\":[" + String.join(",", listed)
                + "],\"options\":{\"maxConcurrency\":" + (1 + random.nextInt(3)) + ",\"deadlineSeconds\":2}}";
        String faults = faultPlan(random, random.nextLong(), List.of(AsyncFleets.DCS_SUBMIT, AsyncFleets.DCS_SUBMIT,
                "dcs.listBackgroundTask", "dcs.showInstance", "dcs.listBackupRecords", "*"));

        JsonNode result = invoke("huawei-dcs-nodes-start-stop", EmulatorControl.resource("emulator/demo-fleet.json"),
                faults, input);

        List<String> statuses = statuses(result, ids);
        JsonNode requests = emulator("requests").path("requests");
        JsonNode jobs = emulator("state").at("/huawei/projects/" + PROJECT_ID + "/dcs/jobs");
        for (String instance : instances) {
            long processed = 0;
            for (JsonNode call : requests) {
                if (call.path("operation").asText().equals(AsyncFleets.DCS_SUBMIT)
                        && call.path("path").asText().contains("/instances/" + instance + "/")
                        && call.path("status").asInt() != 429) {
                    processed++;
                }
            }
            assertTrue(processed <= 1, instance + " got " + processed + " processed submits");
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String instance = instanceOf.get(id);
            String status = statuses.get(i);
            tally.merge(status, 1, Integer::sum);
            JsonNode target = result.path("targets").get(i);
            List<JsonNode> instanceJobs = new ArrayList<>();
            jobs.forEach(job -> {
                if (job.path("instanceId").asText().equals(instance)) {
                    instanceJobs.add(job);
                }
            });
            switch (status) {
                case "SUBMITTED" -> {
                    String jobId = target.path("jobId").asText();
                    JsonNode job = instanceJobs.stream().filter(j -> j.path("id").asText().equals(jobId)).findFirst()
                            .orElseThrow(() -> new AssertionError(id + " SUBMITTED with job " + jobId
                                    + " the emulator does not have for " + instance + ": " + jobs));
                    if (!id.equals(instance)) {
                        Set<String> nodes = new java.util.HashSet<>();
                        job.path("nodeIds").forEach(node -> nodes.add(node.asText()));
                        assertTrue(nodes.contains(id), "job " + jobId + " does not stop node " + id);
                    }
                }
                case "FAILED", "SKIPPED" -> assertEquals(List.of(), instanceJobs, id + " " + status
                        + " but a job started for " + instance);
                case "UNKNOWN" -> { }
                default -> fail(id + " has status " + status);
            }
        }
    }

    void checkGeminiDb(Random random, Map<String, Integer> tally) throws Exception {
        List<String> ids = new ArrayList<>(List.of(CASSANDRA_1, CASSANDRA_2, CASSANDRA_3, MONGO_1, MONGO_2,
                UNKNOWN_INSTANCE));
        Collections.shuffle(ids, random);
        ids = ids.subList(0, 1 + random.nextInt(ids.size()));
        String input = "{\"region\":\"eu-west-101\",\"projectId\":\"" + PROJECT_ID + "\",\"instanceIds\":["
                + ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "],\"options\":"
                + "{\"maxConcurrency\":" + (1 + random.nextInt(2)) + ",\"deadlineSeconds\":2}}";
        String faults = faultPlan(random, random.nextLong(), List.of(AsyncFleets.GEMINIDB_SUBMIT,
                AsyncFleets.GEMINIDB_SUBMIT, "geminidb.listInstances", "geminidb.listJobs", "*"));

        JsonNode result = invoke("huawei-geminidb-patch", EmulatorControl.resource("emulator/demo-fleet.json"),
                faults, input);

        List<String> statuses = statuses(result, ids);
        long engines = ids.stream().filter(id -> !id.equals(UNKNOWN_INSTANCE)).map(id -> id.substring(32)).distinct()
                .count();
        long processed = 0;
        for (JsonNode call : emulator("requests").path("requests")) {
            if (call.path("operation").asText().equals(AsyncFleets.GEMINIDB_SUBMIT) && call.path("status").asInt() != 429) {
                processed++;
            }
        }
        assertTrue(processed <= engines, processed + " processed patch calls for " + engines + " engine(s)");
        JsonNode jobs = emulator("state").at("/huawei/projects/" + PROJECT_ID + "/geminidb/jobs");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String status = statuses.get(i);
            tally.merge(status, 1, Integer::sum);
            List<String> jobIds = new ArrayList<>();
            jobs.forEach(job -> {
                if (job.path("instanceId").asText().equals(id)) {
                    jobIds.add(job.path("id").asText());
                }
            });
            switch (status) {
                case "SUBMITTED" -> assertEquals(List.of(result.path("targets").get(i).path("jobId").asText()), jobIds,
                        id + " SUBMITTED: the emulator's jobs for it");
                case "FAILED", "SKIPPED" -> assertEquals(List.of(), jobIds, id + " " + status + " but a job started");
                case "UNKNOWN" -> { }
                default -> fail(id + " has status " + status);
            }
        }
    }
}
