package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.CACHE_CARTS;
import static dev.nodebatch.emulator.DemoFleet.CACHE_ORDERS;
import static dev.nodebatch.emulator.DemoFleet.CACHE_SCRATCH;
import static dev.nodebatch.emulator.DemoFleet.CARTS_NODE_1;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_1;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_2;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_3;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_OLD_BACKUP;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_RECENT_BACKUP;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.emulator.DemoFleet.SCRATCH_NODE;
import static dev.nodebatch.emulator.DemoFleet.dcsInstancePath;
import static dev.nodebatch.emulator.DemoFleet.dcsJobPath;
import static dev.nodebatch.emulator.RunningEmulator.json;
import static dev.nodebatch.emulator.RunningEmulator.poll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class DcsNodesTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final String DCS = "/huawei/projects/" + PROJECT_ID + "/dcs";
    private static final String MILLIS_TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final DateTimeFormatter QUERY_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    @Test
    @DisplayName("stopping a named node answers a job id; the job ends SUCCESS and only then is the node Inactive")
    void stopNamedNode() {
        jobDuration(0, 1500);

        HttpResponse<String> response = changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_3 + "\"],\"action\":\"stop\"}");

        assertEquals(200, response.statusCode(), response.body());
        String jobId = json(response).path("job_id").asText();
        assertTrue(jobId.matches("[0-9a-f]{32}"), jobId);
        JsonNode submitted = job(jobId);
        assertTrue(List.of("INIT", "RUNNING").contains(submitted.path("status").asText()), submitted.toString());
        assertEquals("Active", nodeStatus(CACHE_ORDERS, ORDERS_NODE_3));
        JsonNode done = poll(() -> job(jobId), job -> job.path("status").asText().equals("SUCCESS"), Duration.ofSeconds(5));
        assertEquals("SUCCESS", done.path("status").asText(), done.toString());
        assertEquals(jobId, done.path("job_id").asText());
        assertEquals(1500, Long.parseLong(done.path("end_time").asText()) - Long.parseLong(done.path("begin_time").asText()));
        assertFalse(done.has("fail_reason"));
        assertEquals("Inactive", nodeStatus(CACHE_ORDERS, ORDERS_NODE_3));
        assertEquals("Active", nodeStatus(CACHE_ORDERS, ORDERS_NODE_1));
    }

    @Test
    @DisplayName("a job is INIT for the first quarter of its duration, RUNNING until its end, then final")
    void jobPhasesFollowTheClock() {
        Instant now = Instant.now();
        emulator.changeState(state -> {
            stopJob(state, "job-just-submitted", CACHE_ORDERS, ORDERS_NODE_1, now, 600_000);
            stopJob(state, "job-half-way", CACHE_CARTS, CARTS_NODE_1, now.minusSeconds(300), 600_000);
            stopJob(state, "job-ended", CACHE_SCRATCH, SCRATCH_NODE, now.minusSeconds(700), 600_000);
        });

        assertEquals("INIT", job("job-just-submitted").path("status").asText());
        assertEquals("RUNNING", job("job-half-way").path("status").asText());
        assertEquals("SUCCESS", job("job-ended").path("status").asText());
        assertEquals("Active", nodeStatus(CACHE_CARTS, CARTS_NODE_1));
        assertEquals("Inactive", nodeStatus(CACHE_SCRATCH, SCRATCH_NODE));
        assertEquals("SUCCESS", emulator.state().at(DCS + "/jobs/2/status").asText(), "the state shows where jobs are");
    }

    @Test
    @DisplayName("starting an Inactive node brings it back to Active")
    void startInactiveNode() {
        emulator.changeState(state -> ((ObjectNode) state.at(DCS + "/instances/0/nodes/1")).put("status", "Inactive"));
        jobDuration(0, 0);

        HttpResponse<String> response = changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_2 + "\"],\"action\":\"start\"}");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("SUCCESS", job(json(response).path("job_id").asText()).path("status").asText());
        assertEquals("Active", nodeStatus(CACHE_ORDERS, ORDERS_NODE_2));
    }

    @Test
    @DisplayName("leaving node_ids out stops every node that is still Active")
    void omittedNodeIdsMeanEveryNode() {
        emulator.changeState(state -> ((ObjectNode) state.at(DCS + "/instances/0/nodes/0")).put("status", "Inactive"));
        jobDuration(0, 0);

        HttpResponse<String> response = changeNodes(CACHE_ORDERS, "{\"action\":\"stop\"}");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of(ORDERS_NODE_2, ORDERS_NODE_3),
                texts(emulator.state().at(DCS + "/jobs/0/nodeIds")));
        assertEquals(List.of("Inactive", "Inactive", "Inactive"), List.of(nodeStatus(CACHE_ORDERS, ORDERS_NODE_1),
                nodeStatus(CACHE_ORDERS, ORDERS_NODE_2), nodeStatus(CACHE_ORDERS, ORDERS_NODE_3)));
    }

    @Test
    @DisplayName("an unknown instance is refused with 404 DCS.4002 in the DCS error body")
    void unknownInstance() {
        HttpResponse<String> response = changeNodes("00000000-0000-4000-8000-000000000404", "{\"action\":\"stop\"}");

        assertError(response, 404, "DCS.4002", "The instance 00000000-0000-4000-8000-000000000404 does not exist.");
        JsonNode body = json(response);
        assertTrue(body.has("error_ext_msg") && body.path("error_ext_msg").isNull(), body.toString());
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), body.path("request_id").asText());
        assertEquals(404, emulator.huawei("GET", "/v2/ffffffffffffffffffffffffffffffff/instances/" + CACHE_ORDERS, null)
                .statusCode(), "an instance of another project is unknown");
    }

    @Test
    @DisplayName("a node the instance does not have is refused with 400 DCS.4003 and nothing starts")
    void unknownNode() {
        HttpResponse<String> response = changeNodes(CACHE_ORDERS,
                "{\"node_ids\":[\"" + ORDERS_NODE_1 + "\",\"" + CARTS_NODE_1 + "\"],\"action\":\"stop\"}");

        assertError(response, 400, "DCS.4003",
                "The node " + CARTS_NODE_1 + " does not belong to instance " + CACHE_ORDERS + ".");
        assertEquals(0, emulator.state().at(DCS + "/jobs").size());
        assertEquals("Active", nodeStatus(CACHE_ORDERS, ORDERS_NODE_1));
    }

    @Test
    @DisplayName("a node already in the requested state is refused with 409 DCS.4050")
    void nodeAlreadyInState() {
        emulator.changeState(state -> ((ObjectNode) state.at(DCS + "/instances/0/nodes/2")).put("status", "Inactive"));

        assertError(changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_3 + "\"],\"action\":\"stop\"}"), 409,
                "DCS.4050", "The node " + ORDERS_NODE_3 + " is Inactive and cannot be stopped.");
        assertError(changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_1 + "\"],\"action\":\"start\"}"), 409,
                "DCS.4050", "The node " + ORDERS_NODE_1 + " is Active and cannot be started.");
    }

    @Test
    @DisplayName("an instance running another job is refused with 409 DCS.4026 until that job has ended")
    void busyInstance() {
        emulator.changeState(state -> stopJob(state, "job-running", CACHE_ORDERS, ORDERS_NODE_2, Instant.now(), 600_000));

        HttpResponse<String> refused = changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_3 + "\"],\"action\":\"stop\"}");
        emulator.changeState(state -> ((ObjectNode) state.at(DCS + "/jobs/0"))
                .put("createdAt", Instant.now().minus(Duration.ofMinutes(11)).toString()));
        HttpResponse<String> accepted = changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_3 + "\"],\"action\":\"stop\"}");

        assertError(refused, 409, "DCS.4026", "The instance " + CACHE_ORDERS
                + " is running job job-running; try again when it has finished.");
        assertEquals(200, accepted.statusCode(), accepted.body());
    }

    @Test
    @DisplayName("an instance that is not RUNNING is refused with 409 DCS.4049")
    void instanceNotRunning() {
        emulator.changeState(state -> ((ObjectNode) state.at(DCS + "/instances/0")).put("status", "RESTARTING"));

        assertError(changeNodes(CACHE_ORDERS, "{\"action\":\"stop\"}"), 409, "DCS.4049",
                "The instance " + CACHE_ORDERS + " is RESTARTING, not RUNNING.");
    }

    @Test
    @DisplayName("stopping nodes of a multi-node instance needs a successful backup from the last 24 hours")
    void stopNeedsRecentBackup() {
        HttpResponse<String> carts = changeNodes(CACHE_CARTS, "{\"action\":\"stop\"}");
        HttpResponse<String> scratch = changeNodes(CACHE_SCRATCH, "{\"action\":\"stop\"}");
        emulator.changeState(state -> ((ObjectNode) state.at(DCS + "/instances/1/nodes/0")).put("status", "Inactive"));
        HttpResponse<String> start = changeNodes(CACHE_CARTS, "{\"action\":\"start\"}");

        assertError(carts, 400, "DCS.4051", "The instance " + CACHE_CARTS
                + " has no successful backup from the last 24 hours; back it up before stopping its nodes.");
        assertEquals(200, scratch.statusCode(), "a single-node instance needs no backup: " + scratch.body());
        assertEquals(200, start.statusCode(), "starting needs no backup: " + start.body());
    }

    @Test
    @DisplayName("bodies that are empty, not JSON, without a known action or with bad node_ids are refused with DCS.4001")
    void badBodies() {
        Map<String, String> problems = Map.of(
                "", "the request body is empty",
                "{\"action\":", "the request body is not valid JSON",
                "{\"node_ids\":[]}", "action must be \"start\" or \"stop\"",
                "{\"action\":\"restart\"}", "action must be \"start\" or \"stop\"",
                "{\"action\":\"stop\",\"node_ids\":[]}", "node_ids must not be empty; leave it out to start or stop every node",
                "{\"action\":\"stop\",\"node_ids\":\"" + ORDERS_NODE_1 + "\"}", "node_ids must be a list of node ids",
                "{\"action\":\"stop\",\"node_ids\":[\"" + ORDERS_NODE_1 + "\",\"" + ORDERS_NODE_1 + "\"]}",
                "node " + ORDERS_NODE_1 + " is listed more than once in node_ids");

        problems.forEach((body, problem) ->
                assertError(changeNodes(CACHE_ORDERS, body), 400, "DCS.4001", "Invalid parameter: " + problem));
        assertEquals(0, emulator.state().at(DCS + "/jobs").size());
    }

    @Test
    @DisplayName("an unknown job is refused with 404 DCS.4004")
    void unknownJob() {
        assertError(emulator.huawei("GET", dcsJobPath("ff8080817fe01bb2017fe3cf68860481"), null), 404, "DCS.4004",
                "The job ff8080817fe01bb2017fe3cf68860481 does not exist.");
    }

    @Test
    @DisplayName("the instance shows its cache mode and status; logical-nodes lists its nodes")
    void instanceAndNodes() {
        JsonNode instance = json(emulator.huawei("GET", dcsInstancePath(CACHE_ORDERS), null));
        JsonNode nodes = json(emulator.huawei("GET", dcsInstancePath(CACHE_ORDERS) + "/logical-nodes", null));

        assertEquals(CACHE_ORDERS, instance.path("instance_id").asText());
        assertEquals("cache-orders", instance.path("name").asText());
        assertEquals("ha", instance.path("cache_mode").asText());
        assertEquals("RUNNING", instance.path("status").asText());
        assertEquals("Redis", instance.path("engine").asText());
        assertTrue(instance.path("created_at").asText().matches(MILLIS_TIMESTAMP), instance.toString());
        assertEquals(3, nodes.path("total").asInt());
        JsonNode second = nodes.path("nodes").get(1);
        assertEquals(ORDERS_NODE_2, second.path("node_id").asText());
        assertEquals("cache-orders-2", second.path("name").asText());
        assertEquals("Active", second.path("status").asText());
        assertEquals("redis-server", second.path("node_role").asText());
        assertEquals("slave", second.path("node_type").asText());
        assertEquals("6379", second.path("node_port").asText());
    }

    @Test
    @DisplayName("backup records list newest first, with their total, paged and filtered by begin_time and end_time")
    void backupRecords() {
        String path = dcsInstancePath(CACHE_ORDERS) + "/backups";
        String dayAgo = QUERY_TIME.format(Instant.now().minus(Duration.ofHours(24)));

        JsonNode all = json(emulator.huawei("GET", path, null));
        JsonNode secondPage = json(emulator.huawei("GET", path, Map.of("offset", List.of("1"), "limit", List.of("1")),
                null, RunningEmulator.CREDENTIALS, Instant.now()));
        JsonNode lastDay = json(emulator.huawei("GET", path, Map.of("begin_time", List.of(dayAgo)), null,
                RunningEmulator.CREDENTIALS, Instant.now()));
        HttpResponse<String> badTime = emulator.huawei("GET", path, Map.of("begin_time", List.of("2026-01-01")), null,
                RunningEmulator.CREDENTIALS, Instant.now());

        assertEquals(2, all.path("total_num").asInt());
        assertEquals(List.of(ORDERS_RECENT_BACKUP, ORDERS_OLD_BACKUP), ids(all.path("backup_record_response"), "backup_id"));
        JsonNode recent = all.path("backup_record_response").get(0);
        assertEquals("succeed", recent.path("status").asText());
        assertEquals(CACHE_ORDERS, recent.path("instance_id").asText());
        assertTrue(recent.path("created_at").asText().matches(MILLIS_TIMESTAMP), recent.toString());
        Duration age = Duration.between(Instant.parse(recent.path("created_at").asText()), Instant.now());
        assertTrue(age.compareTo(Duration.ofMinutes(119)) > 0 && age.compareTo(Duration.ofMinutes(130)) < 0, age.toString());
        assertEquals(2, secondPage.path("total_num").asInt());
        assertEquals(List.of(ORDERS_OLD_BACKUP), ids(secondPage.path("backup_record_response"), "backup_id"));
        assertEquals(List.of(ORDERS_RECENT_BACKUP), ids(lastDay.path("backup_record_response"), "backup_id"));
        assertError(badTime, 400, "DCS.4001",
                "Invalid parameter: begin_time 2026-01-01 is not a UTC time in the format yyyyMMddHHmmss");
    }

    @Test
    @DisplayName("the background tasks show each start/stop by name, with its job id and node ids, newest first")
    void backgroundTasks() {
        jobDuration(0, 0);
        String stop = json(changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_3 + "\"],\"action\":\"stop\"}"))
                .path("job_id").asText();
        String start = json(changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_3 + "\"],\"action\":\"start\"}"))
                .path("job_id").asText();
        String path = dcsInstancePath(CACHE_ORDERS) + "/tasks";
        String tomorrow = QUERY_TIME.format(Instant.now().plus(Duration.ofDays(1)));

        JsonNode tasks = json(emulator.huawei("GET", path, null));
        JsonNode later = json(emulator.huawei("GET", path, Map.of("start_time", List.of(tomorrow)), null,
                RunningEmulator.CREDENTIALS, Instant.now()));

        assertEquals("2", tasks.path("task_count").asText());
        assertEquals(List.of(start, stop), ids(tasks.path("tasks"), "job_id"));
        JsonNode stopTask = tasks.path("tasks").get(1);
        assertEquals("StopNodes", stopTask.path("name").asText());
        assertEquals("SUCCESS", stopTask.path("status").asText());
        assertEquals("stop", parse(stopTask.path("params").asText()).path("action").asText());
        assertEquals(List.of(ORDERS_NODE_3), texts(parse(stopTask.path("params").asText()).path("node_ids")));
        assertEquals("cache-orders-3", stopTask.at("/details/node_name").asText());
        assertTrue(stopTask.path("created_at").asText().matches(MILLIS_TIMESTAMP), stopTask.toString());
        assertEquals("StartNodes", tasks.path("tasks").get(0).path("name").asText());
        assertEquals("0", later.path("task_count").asText());
    }

    @Test
    @DisplayName("a start/stop whose answer is lost still started its job, which its task names")
    void lostAnswerLeavesTask() {
        fault("{\"rules\":[{\"operation\":\"dcs.changeNodesStartStopStatus\",\"fault\":\"APPLIED_THEN_FAILED\",\"count\":1}]}");

        HttpResponse<String> response = changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_2 + "\"],\"action\":\"stop\"}");

        assertError(response, 500, "DCS.5000", "Internal server error");
        JsonNode task = json(emulator.huawei("GET", dcsInstancePath(CACHE_ORDERS) + "/tasks", null)).path("tasks").get(0);
        assertEquals("StopNodes", task.path("name").asText());
        assertEquals(emulator.state().at(DCS + "/jobs/0/id").asText(), task.path("job_id").asText());
        assertFalse(job(task.path("job_id").asText()).isMissingNode());
    }

    @Test
    @DisplayName("JOB_FAILS makes the job end FAIL with a reason and leaves the nodes as they were")
    void failingJob() {
        jobDuration(0, 0);
        fault("{\"rules\":[{\"operation\":\"dcs.changeNodesStartStopStatus\",\"fault\":\"JOB_FAILS\",\"count\":1}]}");

        HttpResponse<String> response = changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_2 + "\"],\"action\":\"stop\"}");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode failed = job(json(response).path("job_id").asText());
        assertEquals("FAIL", failed.path("status").asText());
        assertEquals("Failed to stop nodes " + ORDERS_NODE_2 + ".", failed.path("fail_reason").asText());
        assertEquals("Active", nodeStatus(CACHE_ORDERS, ORDERS_NODE_2));
        assertEquals("FAILED", json(emulator.huawei("GET", dcsInstancePath(CACHE_ORDERS) + "/tasks", null))
                .at("/tasks/0/status").asText());
    }

    @Test
    @DisplayName("an error fault on a DCS read answers DCS.5000 in the DCS error body")
    void serverErrorFault() {
        fault("{\"rules\":[{\"operation\":\"dcs.showJobInfo\",\"fault\":\"ERROR_5XX\",\"status\":503}]}");

        HttpResponse<String> response = emulator.huawei("GET", dcsJobPath("anything"), null);

        assertError(response, 503, "DCS.5000", "Internal server error");
        assertTrue(json(response).has("error_ext_msg"));
    }

    @Test
    @DisplayName("with nodeStatusAnswer text a start/stop answers the bare job_id:<id> as plain text")
    void textAnswer() {
        emulator.changeState(state -> ((ObjectNode) state.at(DCS)).put("nodeStatusAnswer", "text"));

        HttpResponse<String> response = changeNodes(CACHE_ORDERS, "{\"node_ids\":[\"" + ORDERS_NODE_2 + "\"],\"action\":\"stop\"}");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals("job_id:" + emulator.state().at(DCS + "/jobs/0/id").asText(), response.body());
    }

    @Test
    @DisplayName("backups given an age are kept with the time they were loaded at, and the state round-trips")
    void backupAgesBecomeTimes() {
        JsonNode loaded = emulator.state();
        Instant recent = Instant.parse(loaded.at(DCS + "/instances/0/backups/0/createdAt").asText());

        assertFalse(loaded.at(DCS + "/instances/0/backups/0").has("ageMinutes"));
        assertTrue(Duration.between(recent, Instant.now()).toMinutes() >= 119);
        assertEquals(200, emulator.control("PUT", "/state", loaded.toString()).statusCode());
        assertEquals(loaded, emulator.state());
    }

    @Test
    @DisplayName("a DCS slice that is wrong is refused with a clear message")
    void badSliceIsRefused() {
        ObjectNode bothTimes = emulator.state().deepCopy();
        ((ObjectNode) bothTimes.at(DCS + "/instances/0/backups/0")).put("ageMinutes", 5);
        ObjectNode unknownNode = emulator.state().deepCopy();
        stopJob(unknownNode, "job-1", CACHE_ORDERS, CARTS_NODE_1, Instant.now(), 100);

        HttpResponse<String> both = emulator.control("PUT", "/state", bothTimes.toString());
        HttpResponse<String> node = emulator.control("PUT", "/state", unknownNode.toString());

        assertEquals(400, both.statusCode());
        assertTrue(json(both).path("error").asText().contains("Backup " + ORDERS_RECENT_BACKUP
                + " gives both createdAt and ageMinutes; give one"), both.body());
        assertEquals(400, node.statusCode());
        assertTrue(json(node).path("error").asText().contains("Job job-1 names node " + CARTS_NODE_1
                + ", which instance " + CACHE_ORDERS + " does not have"), node.body());
    }

    private static HttpResponse<String> changeNodes(String instanceId, String body) {
        return emulator.huawei("PUT", dcsInstancePath(instanceId) + "/nodes/status", body);
    }

    private static JsonNode job(String jobId) {
        return json(emulator.huawei("GET", dcsJobPath(jobId), null));
    }

    private static String nodeStatus(String instanceId, String nodeId) {
        for (JsonNode node : json(emulator.huawei("GET", dcsInstancePath(instanceId) + "/logical-nodes", null)).path("nodes")) {
            if (node.path("node_id").asText().equals(nodeId)) {
                return node.path("status").asText();
            }
        }
        throw new AssertionError("No node " + nodeId + " in instance " + instanceId);
    }

    private static void jobDuration(int instanceIndex, long durationMs) {
        emulator.changeState(state -> ((ObjectNode) state.at(DCS + "/instances/" + instanceIndex))
                .put("jobDurationMs", durationMs));
    }

    private static void stopJob(JsonNode state, String id, String instanceId, String nodeId, Instant createdAt,
            long durationMs) {
        ObjectNode job = ((ObjectNode) state.at(DCS)).withArray("jobs").addObject().put("id", id)
                .put("instanceId", instanceId).put("action", "stop").put("createdAt", createdAt.toString())
                .put("durationMs", durationMs);
        job.putArray("nodeIds").add(nodeId);
    }

    private static void fault(String plan) {
        HttpResponse<String> response = emulator.control("PUT", "/faults", plan);
        assertEquals(200, response.statusCode(), response.body());
    }

    private static List<String> ids(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path(field).asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static JsonNode parse(String text) {
        try {
            return EmulatorJson.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String message) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response).path("error_code").asText(), response.body());
        assertEquals(message, json(response).path("error_msg").asText());
    }
}
