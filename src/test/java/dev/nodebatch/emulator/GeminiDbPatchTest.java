package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_1;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_2;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_3;
import static dev.nodebatch.emulator.DemoFleet.MONGO_1;
import static dev.nodebatch.emulator.DemoFleet.MONGO_2;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.emulator.DemoFleet.geminiDbPath;
import static dev.nodebatch.emulator.RunningEmulator.CREDENTIALS;
import static dev.nodebatch.emulator.RunningEmulator.json;
import static dev.nodebatch.emulator.RunningEmulator.poll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class GeminiDbPatchTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final String GEMINIDB = "/huawei/projects/" + PROJECT_ID + "/geminidb";
    private static final String UNKNOWN = "00000000000000000000000000000404in06";
    private static final String API_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0000";
    private static final DateTimeFormatter QUERY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

    @Test
    @DisplayName("patching two Cassandra instances answers 202 with a job each; the jobs complete and clear patch_available")
    void patchTwoInstances() {
        jobDuration(0, 1500);
        jobDuration(1, 1500);

        HttpResponse<String> response = patch(CASSANDRA_1, CASSANDRA_2);

        assertEquals(202, response.statusCode(), response.body());
        JsonNode results = json(response).path("upgrade_results");
        assertEquals(List.of(CASSANDRA_1, CASSANDRA_2), texts(results, "instance_id"));
        String jobId = results.get(0).path("job_id").asText();
        assertTrue(jobId.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), jobId);
        assertFalse(results.get(0).has("error_code"));
        JsonNode running = job(jobId);
        assertEquals("Running", running.path("status").asText(), running.toString());
        assertEquals("UpgradeDbVersion", running.path("name").asText());
        assertTrue(running.path("progress").asText().matches("\\d{1,2}%"), running.toString());
        assertTrue(running.path("start_time").asText().matches(API_TIME), running.toString());
        assertEquals(CASSANDRA_1, running.at("/instance/id").asText());
        assertEquals("geminidb-cassandra-1", running.at("/instance/name").asText());
        assertTrue(instance(CASSANDRA_1).at("/datastore/patch_available").asBoolean());
        assertEquals(List.of("UpgradeDbVersion"), texts(instance(CASSANDRA_1).path("actions"), null));
        JsonNode done = poll(() -> job(jobId), job -> job.path("status").asText().equals("Completed"), Duration.ofSeconds(5));
        assertEquals("Completed", done.path("status").asText(), done.toString());
        assertEquals("", done.path("progress").asText());
        assertTrue(done.path("end_time").asText().matches(API_TIME), done.toString());
        assertFalse(done.has("fail_reason"));
        assertFalse(instance(CASSANDRA_1).at("/datastore/patch_available").asBoolean());
        assertEquals(0, instance(CASSANDRA_1).path("actions").size());
    }

    @Test
    @DisplayName("an abnormal instance and an unknown id get their own entries next to the submitted instance")
    void perInstanceRefusals() {
        HttpResponse<String> response = patch(MONGO_1, MONGO_2, UNKNOWN);

        assertEquals(202, response.statusCode(), response.body());
        JsonNode results = json(response).path("upgrade_results");
        assertTrue(results.get(0).has("job_id"), results.toString());
        assertEquals(MONGO_2, results.get(1).path("instance_id").asText());
        assertEquals("DBS.200011", results.get(1).path("error_code").asText());
        assertEquals("This instance " + MONGO_2 + " status makes it not be allowed to do this UpgradeDbVersion "
                + "operation now: it is abnormal.", results.get(1).path("error_message").asText());
        assertFalse(results.get(1).has("job_id"));
        assertEquals("DBS.200002", results.get(2).path("error_code").asText());
        assertEquals("The DB instance " + UNKNOWN + " does not exist.", results.get(2).path("error_message").asText());
        assertEquals(1, emulator.state().at(GEMINIDB + "/jobs").size());
    }

    @Test
    @DisplayName("an instance without a patch, or with a patch job running, is refused with DBS.200011")
    void nothingToPatchOrBusy() {
        emulator.changeState(state -> ((ObjectNode) state.at(GEMINIDB)).withArray("jobs").addObject()
                .put("id", "job-running").put("instanceId", CASSANDRA_2).put("createdAt", Instant.now().toString())
                .put("durationMs", 600_000));

        JsonNode results = json(patch(CASSANDRA_3, CASSANDRA_2)).path("upgrade_results");

        assertEquals("DBS.200011", results.get(0).path("error_code").asText());
        assertTrue(results.get(0).path("error_message").asText().endsWith("no patch is available for it."), results.toString());
        assertEquals("DBS.200011", results.get(1).path("error_code").asText());
        assertTrue(results.get(1).path("error_message").asText().endsWith("its job job-running (UpgradeDbVersion) is running."),
                results.toString());
    }

    @Test
    @DisplayName("more than 10 ids, mixed engines and bad bodies are refused with 400 DBS.200001 and nothing starts")
    void wholeCallRefusals() {
        String eleven = IntStream.range(0, 11).mapToObj(i -> "\"id-" + i + "\"").collect(Collectors.joining(","));
        Map<String, String> problems = Map.of(
                "{\"instance_ids\":[" + eleven + "]}", "at most 10 instances can be patched at once, got 11",
                "{\"instance_ids\":[\"" + CASSANDRA_1 + "\",\"" + MONGO_1 + "\"]}",
                "the instances must be of one engine, found [cassandra, mongodb]",
                "", "the request body is empty",
                "[]", "the request body must be a JSON object",
                "{\"instance_ids\":[]}", "instance_ids must be a non-empty list of instance ids",
                "{\"instance_ids\":[\"" + CASSANDRA_1 + "\",\"" + CASSANDRA_1 + "\"]}",
                "instance " + CASSANDRA_1 + " is listed more than once",
                "{\"instance_ids\":[7]}", "instance_ids must contain instance ids (strings), found 7");

        problems.forEach((body, problem) -> {
            HttpResponse<String> response = emulator.huawei("POST", geminiDbPath("/instances/db-upgrade"), body);
            assertEquals(400, response.statusCode(), response.body());
            assertEquals("DBS.200001", json(response).path("error_code").asText());
            assertEquals("Parameter error: " + problem, json(response).path("error_msg").asText());
        });
        assertEquals(0, emulator.state().at(GEMINIDB + "/jobs").size());
    }

    @Test
    @DisplayName("instances list newest first with their datastore, filtered by engine and id, paged with offset and limit")
    void listInstances() {
        JsonNode all = instances(Map.of());
        JsonNode cassandra = instances(Map.of("datastore_type", List.of("cassandra")));
        JsonNode page = instances(Map.of("datastore_type", List.of("cassandra"), "offset", List.of("1"),
                "limit", List.of("1")));
        JsonNode exact = instances(Map.of("id", List.of(MONGO_2)));
        JsonNode fuzzy = instances(Map.of("id", List.of("*3f0")));

        assertEquals(5, all.path("total_count").asInt());
        assertEquals(List.of(MONGO_2, MONGO_1, CASSANDRA_3, CASSANDRA_2, CASSANDRA_1), texts(all.path("instances"), "id"));
        assertEquals(List.of(CASSANDRA_3, CASSANDRA_2, CASSANDRA_1), texts(cassandra.path("instances"), "id"));
        assertEquals(3, page.path("total_count").asInt());
        assertEquals(List.of(CASSANDRA_2), texts(page.path("instances"), "id"));
        JsonNode mongo2 = exact.path("instances").get(0);
        assertEquals("abnormal", mongo2.path("status").asText());
        assertEquals("mongodb", mongo2.at("/datastore/type").asText());
        assertEquals("4.0", mongo2.at("/datastore/version").asText());
        assertTrue(mongo2.at("/datastore/patch_available").asBoolean());
        assertEquals("ReplicaSet", mongo2.path("mode").asText());
        assertEquals(List.of(MONGO_2, MONGO_1), texts(fuzzy.path("instances"), "id"));
        assertEquals("3.11.3.2.1", all.path("instances").get(4).at("/datastore/whole_version").asText());
        HttpResponse<String> badLimit = emulator.huawei("GET", geminiDbPath("/instances"), Map.of("limit", List.of("101")),
                null, CREDENTIALS, Instant.now());
        assertEquals(400, badLimit.statusCode());
        assertEquals("Parameter error: limit 101 is not an integer within [1, 100]", json(badLimit).path("error_msg").asText());
        assertEquals(0, json(emulator.huawei("GET", "/v3/ffffffffffffffffffffffffffffffff/instances", null))
                .path("total_count").asInt(), "another project has no instances");
    }

    @Test
    @DisplayName("jobs list newest first, filtered by id, status, name and a start-time window of at most 30 days")
    void listJobs() {
        Instant now = Instant.now();
        emulator.changeState(state -> {
            ObjectNode geminidb = (ObjectNode) state.at(GEMINIDB);
            geminidb.withArray("jobs").addObject().put("id", "job-old").put("instanceId", CASSANDRA_1)
                    .put("createdAt", now.minus(Duration.ofDays(40)).toString()).put("durationMs", 1000);
            geminidb.withArray("jobs").addObject().put("id", "job-failed").put("instanceId", CASSANDRA_2)
                    .put("createdAt", now.minus(Duration.ofHours(2)).toString()).put("durationMs", 1000)
                    .put("outcome", "Failed").put("failReason", "patch rejected");
            geminidb.withArray("jobs").addObject().put("id", "job-recent").put("instanceId", MONGO_1)
                    .put("instanceName", "geminidb-mongo-1")
                    .put("createdAt", now.minus(Duration.ofMinutes(5)).toString()).put("durationMs", 1000);
        });

        JsonNode window = jobs(Map.of());
        JsonNode failed = jobs(Map.of("status", List.of("Failed")));
        JsonNode byId = jobs(Map.of("id", List.of("job-recent")));
        JsonNode old = jobs(Map.of("start_time", List.of(QUERY_TIME.format(now.minus(Duration.ofDays(41)))),
                "end_time", List.of(QUERY_TIME.format(now.minus(Duration.ofDays(39))))));
        JsonNode wrongName = jobs(Map.of("name", List.of("RestartInstance")));

        assertEquals(2, window.path("total_count").asInt());
        assertEquals(List.of("job-recent", "job-failed"), texts(window.path("jobs"), "id"));
        assertEquals("Completed", window.path("jobs").get(0).path("status").asText());
        assertEquals(List.of("job-failed"), texts(failed.path("jobs"), "id"));
        assertEquals("patch rejected", failed.path("jobs").get(0).path("fail_reason").asText());
        assertEquals("geminidb-mongo-1", byId.at("/jobs/0/instance/name").asText());
        assertEquals(List.of("job-old"), texts(old.path("jobs"), "id"));
        assertEquals(0, wrongName.path("total_count").asInt());
        assertTrue(instance(CASSANDRA_2).at("/datastore/patch_available").asBoolean(), "a failed job patches nothing");
    }

    @Test
    @DisplayName("jobs are refused with DBS.200001 for a limit other than 10, 20 or 50, a bad time or a window over 30 days")
    void listJobsRefusals() {
        Instant now = Instant.now();
        Map<Map<String, List<String>>, String> problems = Map.of(
                Map.of("limit", List.of("15")), "limit must be 10, 20 or 50, was 15",
                Map.of("start_time", List.of("2026-01-01")), "start_time 2026-01-01 is not a time such as 2026-01-05T08:00:00+0000",
                Map.of("start_time", List.of(QUERY_TIME.format(now.minus(Duration.ofDays(31))))),
                "start_time and end_time must be at most 30 days apart",
                Map.of("start_time", List.of(QUERY_TIME.format(now)), "end_time", List.of(QUERY_TIME.format(now.minusSeconds(60)))),
                "end_time must be after start_time");

        problems.forEach((query, problem) -> {
            HttpResponse<String> response = emulator.huawei("GET", geminiDbPath("/jobs"), query, null, CREDENTIALS, now);
            assertEquals(400, response.statusCode(), response.body());
            assertEquals("Parameter error: " + problem, json(response).path("error_msg").asText());
        });
        assertEquals(200, emulator.huawei("GET", geminiDbPath("/jobs"), Map.of("limit", List.of("20"),
                "start_time", List.of("2026-01-01T08:00:00+0800"), "end_time", List.of("2026-01-20T00:00:00Z")), null,
                CREDENTIALS, now).statusCode(), "offsets like +0800 and a literal Z are both accepted");
    }

    @Test
    @DisplayName("a patch whose answer is lost still started its job, found by instance and start time")
    void lostAnswerLeavesJob() {
        Instant before = Instant.now().minusSeconds(1);
        fault("{\"rules\":[{\"operation\":\"geminidb.batchUpgradeDatabaseVersion\",\"fault\":\"APPLIED_THEN_FAILED\",\"count\":1}]}");

        HttpResponse<String> response = patch(MONGO_1);

        assertEquals(500, response.statusCode());
        assertEquals("DBS.108000", json(response).path("error_code").asText());
        JsonNode found = jobs(Map.of("start_time", List.of(QUERY_TIME.format(before)), "name", List.of("UpgradeDbVersion")));
        assertEquals(1, found.path("total_count").asInt(), found.toString());
        assertEquals(MONGO_1, found.at("/jobs/0/instance/id").asText());
    }

    @Test
    @DisplayName("a reset patch call starts nothing")
    void resetStartsNothing() {
        fault("{\"rules\":[{\"operation\":\"geminidb.batchUpgradeDatabaseVersion\",\"fault\":\"RESET\",\"count\":1}]}");

        assertThrows(IOException.class, () -> emulator.sendOrFail(emulator.signed("POST",
                geminiDbPath("/instances/db-upgrade"), Map.of(), "{\"instance_ids\":[\"" + MONGO_1 + "\"]}", CREDENTIALS,
                Instant.now())));

        assertEquals(0, emulator.state().at(GEMINIDB + "/jobs").size());
    }

    @Test
    @DisplayName("JOB_FAILS makes every job of the call end Failed with a reason, and nothing is patched")
    void failingJobs() {
        jobDuration(0, 0);
        fault("{\"rules\":[{\"operation\":\"geminidb.batchUpgradeDatabaseVersion\",\"fault\":\"JOB_FAILS\",\"count\":1}]}");

        String jobId = json(patch(CASSANDRA_1)).at("/upgrade_results/0/job_id").asText();

        JsonNode failed = job(jobId);
        assertEquals("Failed", failed.path("status").asText());
        assertEquals("Failed to upgrade the database patch version of instance " + CASSANDRA_1 + ".",
                failed.path("fail_reason").asText());
        assertTrue(instance(CASSANDRA_1).at("/datastore/patch_available").asBoolean());
    }

    @Test
    @DisplayName("a malformed answer still starts the jobs")
    void malformedAnswerStartsJobs() {
        fault("{\"rules\":[{\"operation\":\"geminidb.batchUpgradeDatabaseVersion\",\"fault\":\"MALFORMED\",\"count\":1}]}");

        HttpResponse<String> response = patch(CASSANDRA_1);

        assertEquals(202, response.statusCode());
        assertThrows(IOException.class, () -> EmulatorJson.MAPPER.readTree(response.body()));
        assertEquals(1, emulator.state().at(GEMINIDB + "/jobs").size());
    }

    private static HttpResponse<String> patch(String... instanceIds) {
        String ids = String.join("\",\"", instanceIds);
        return emulator.huawei("POST", geminiDbPath("/instances/db-upgrade"), "{\"instance_ids\":[\"" + ids + "\"]}");
    }

    private static JsonNode job(String jobId) {
        return jobs(Map.of("id", List.of(jobId))).path("jobs").get(0);
    }

    private static JsonNode jobs(Map<String, List<String>> query) {
        HttpResponse<String> response = emulator.huawei("GET", geminiDbPath("/jobs"), query, null, CREDENTIALS,
                Instant.now());
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static JsonNode instance(String instanceId) {
        return instances(Map.of("id", List.of(instanceId))).path("instances").get(0);
    }

    private static JsonNode instances(Map<String, List<String>> query) {
        HttpResponse<String> response = emulator.huawei("GET", geminiDbPath("/instances"), query, null, CREDENTIALS,
                Instant.now());
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static void jobDuration(int instanceIndex, long durationMs) {
        emulator.changeState(state -> ((ObjectNode) state.at(GEMINIDB + "/instances/" + instanceIndex))
                .put("jobDurationMs", durationMs));
    }

    private static void fault(String plan) {
        HttpResponse<String> response = emulator.control("PUT", "/faults", plan);
        assertEquals(200, response.statusCode(), response.body());
    }

    /** The text of each item, or of a field of each item. */
    private static List<String> texts(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(item -> field == null ? item.asText() : item.path(field).asText()).toList();
    }
}
