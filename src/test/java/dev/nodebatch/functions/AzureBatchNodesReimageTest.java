package dev.nodebatch.functions;

import static dev.nodebatch.functions.AzureFleets.BUILD_1;
import static dev.nodebatch.functions.AzureFleets.BUILD_FAILS;
import static dev.nodebatch.functions.AzureFleets.BUILD_POOL;
import static dev.nodebatch.functions.AzureFleets.BUSY;
import static dev.nodebatch.functions.AzureFleets.GET;
import static dev.nodebatch.functions.AzureFleets.IDLE_1;
import static dev.nodebatch.functions.AzureFleets.IDLE_2;
import static dev.nodebatch.functions.AzureFleets.LIST;
import static dev.nodebatch.functions.AzureFleets.REIMAGE;
import static dev.nodebatch.functions.AzureFleets.RENDER_POOL;
import static dev.nodebatch.functions.AzureFleets.START_TASK_FAILED;
import static dev.nodebatch.functions.AzureFleets.UNUSABLE;
import static dev.nodebatch.functions.AzureFleets.calls;
import static dev.nodebatch.functions.AzureFleets.fault;
import static dev.nodebatch.functions.AzureFleets.input;
import static dev.nodebatch.functions.AzureFleets.invoke;
import static dev.nodebatch.functions.AzureFleets.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code azure-batch-nodes-reimage} over HTTP against the emulator, signing with the account's Shared Key. */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class AzureBatchNodesReimageTest {

    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @Test
    @DisplayName("idle nodes are reimaged after one read of the pool: SUBMITTED with Batch's request id")
    void reimageSubmits() {
        JsonPath result = invoke(input(RENDER_POOL, List.of(IDLE_1, IDLE_2), "\"nodeReimageOption\":\"terminate\""));

        assertEquals("SUCCEEDED", result.getString("status"), result.prettify());
        assertEquals(List.of("SUBMITTED", "SUBMITTED"), result.getList("targets.status"));
        assertTrue(result.getString("targets[0].providerRequestId").matches(GUID), result.prettify());
        assertEquals("terminate", result.getString("targets[0].state.nodeReimageOption"));
        assertEquals(1, result.getInt("targets[0].attempts"));
        assertEquals("reimaging", state(RENDER_POOL, IDLE_1));
        assertEquals("reimaging", state(RENDER_POOL, IDLE_2));
        assertEquals(1, calls(LIST), "one read of the pool for every node");
        assertEquals(2, calls(REIMAGE));
        assertEquals(List.of(), result.getList("jobs"), "Batch names no job for a reimage");
    }

    @Test
    @DisplayName("the pre-check refuses nodes in other states (CONFLICT naming the state) and unknown nodes, sending nothing for them")
    void preCheckRefuses() {
        JsonPath result = invoke(input(RENDER_POOL, List.of(START_TASK_FAILED, IDLE_1, UNUSABLE, "tvm-0000000000_9-x"), ""));

        assertEquals("PARTIAL", result.getString("status"));
        assertEquals(List.of("FAILED", "SUBMITTED", "FAILED", "FAILED"), result.getList("targets.status"));
        assertEquals("CONFLICT", result.getString("targets[0].error.category"));
        assertTrue(result.getString("targets[0].error.message").contains("starttaskfailed"), result.prettify());
        assertEquals("starttaskfailed", result.getString("targets[0].state.state"));
        assertEquals(0, result.getInt("targets[0].attempts"));
        assertTrue(result.getString("targets[2].error.message").contains("unusable"));
        assertEquals("NOT_FOUND", result.getString("targets[3].error.category"));
        assertEquals(1, calls(REIMAGE), "only the idle node is reimaged");
        assertEquals("starttaskfailed", state(RENDER_POOL, START_TASK_FAILED));
    }

    @Test
    @DisplayName("skipStateCheck sends every reimage; the service's own refusal is mapped from its BatchError")
    void skipStateCheck() {
        JsonPath result = invoke(input(RENDER_POOL, List.of(IDLE_1, UNUSABLE), "\"skipStateCheck\":true"));

        assertEquals(0, calls(LIST));
        assertEquals(List.of("SUBMITTED", "FAILED"), result.getList("targets.status"));
        assertEquals("CONFLICT", result.getString("targets[1].error.category"));
        assertEquals("NodeStateUnusable", result.getString("targets[1].error.code"));
        assertEquals(409, result.getInt("targets[1].error.httpStatus"));
        assertTrue(result.getString("targets[1].error.message").startsWith("The specified operation is not valid"),
                "the message as the service sent it");
        assertTrue(result.getString("targets[1].providerRequestId").matches(GUID));
    }

    @Test
    @DisplayName("an unknown pool fails every node NOT_FOUND with the service's PoolNotFound, and nothing is reimaged")
    void unknownPool() {
        JsonPath result = invoke(input("no-such-pool", List.of(IDLE_1, IDLE_2), ""));

        assertEquals("FAILED", result.getString("status"));
        assertEquals(List.of("NOT_FOUND", "NOT_FOUND"), result.getList("targets.error.category"));
        assertEquals("PoolNotFound", result.getString("targets[0].error.code"));
        assertEquals(404, result.getInt("targets[0].error.httpStatus"));
        assertEquals(0, calls(REIMAGE));
    }

    @Test
    @DisplayName("wait follows each node by the SDK poller's rules: idle is SUCCEEDED, starttaskfailed is FAILED")
    void waitFollowsNodes() {
        AzureFleets.reimageDuration(BUILD_POOL, 300);

        JsonPath result = invoke(input(BUILD_POOL, List.of(BUILD_1, BUILD_FAILS), "\"options\":{\"wait\":true}"));

        assertEquals("PARTIAL", result.getString("status"), result.prettify());
        assertEquals(List.of("SUCCEEDED", "FAILED"), result.getList("targets.status"));
        assertEquals("idle", result.getString("targets[0].state.state"));
        assertEquals("starttaskfailed", result.getString("targets[1].state.state"));
        assertEquals("PROVIDER_ERROR", result.getString("targets[1].error.category"));
        assertEquals(true, result.getBoolean("wait.completed"));
        assertTrue(result.getInt("wait.polls") >= 1);
    }

    @Test
    @DisplayName("a taskcompletion reimage is not taken for done while the node still runs its tasks")
    void waitForTaskCompletion() {
        AzureFleets.changeFleet(fleet -> {
            AzureFleets.pool(fleet, RENDER_POOL).put("reimageDurationMs", 300);
            AzureFleets.node(fleet, RENDER_POOL, BUSY).put("runningTasksMs", 700);
        });

        JsonPath result = invoke(input(RENDER_POOL, List.of(BUSY),
                "\"nodeReimageOption\":\"taskcompletion\",\"options\":{\"wait\":true}"));

        assertEquals("SUCCEEDED", result.getString("targets[0].status"), result.prettify());
        assertEquals("idle", result.getString("targets[0].state.state"));
        assertTrue(result.getInt("wait.polls") >= 3, "followed through running, reimaging, idle: " + result.prettify());
    }

    @Test
    @DisplayName("a node still reimaging at the wait timeout stays SUBMITTED and the wait says WAIT_TIMEOUT")
    void waitTimesOut() {
        AzureFleets.reimageDuration(RENDER_POOL, 60_000);

        JsonPath result = invoke(input(RENDER_POOL, List.of(IDLE_1), "\"options\":{\"wait\":true,\"waitTimeoutSeconds\":1}"));

        assertEquals("SUBMITTED", result.getString("targets[0].status"));
        assertEquals(false, result.getBoolean("wait.completed"));
        assertEquals("WAIT_TIMEOUT", result.getString("wait.reason"));
    }

    @Test
    @DisplayName("throttling (503 ServerBusy, then 429) is retried after Retry-After and the reimage is sent once")
    void throttlingIsRetried() {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"" + REIMAGE + "\",\"fault\":\"THROTTLE\",\"count\":1,"
                + "\"status\":503,\"retryAfterSeconds\":1},{\"operation\":\"" + REIMAGE + "\",\"fault\":\"THROTTLE\",\"count\":1}]}");

        long started = System.nanoTime();
        JsonPath result = invoke(input(RENDER_POOL, List.of(IDLE_1), ""));

        assertEquals("SUBMITTED", result.getString("targets[0].status"), result.prettify());
        assertEquals(3, result.getInt("targets[0].attempts"));
        assertTrue(System.nanoTime() - started >= 1_000_000_000L, "waited as Retry-After asked");
        assertEquals(List.of(503, 429, 202), EmulatorControl.requests().stream()
                .filter(call -> REIMAGE.equals(call.get("operation"))).map(call -> call.get("status")).toList());
    }

    @Test
    @DisplayName("a 500 after the reimage took effect is settled by reading the node: SUBMITTED, settledBy READ")
    void appliedThenFailedIsSettled() {
        fault(REIMAGE, "APPLIED_THEN_FAILED", "\"count\":1");

        JsonPath result = invoke(input(RENDER_POOL, List.of(IDLE_1), ""));

        assertEquals("SUBMITTED", result.getString("targets[0].status"), result.prettify());
        assertEquals("READ", result.getString("targets[0].settledBy"));
        assertEquals("reimaging", result.getString("targets[0].state.state"));
        assertEquals(1, calls(REIMAGE), "a reimage is never repeated blindly");
        assertEquals(1, calls(GET));
    }

    @Test
    @DisplayName("a lost answer with the node unchanged stays UNKNOWN: the reimage is not sent again")
    void lostAnswerStaysUnknown() {
        fault(REIMAGE, "RESET", "\"count\":1");

        JsonPath result = invoke(input(RENDER_POOL, List.of(IDLE_1), ""));

        assertEquals("UNKNOWN", result.getString("targets[0].status"), result.prettify());
        assertEquals("NETWORK", result.getString("targets[0].error.category"));
        assertNull(result.get("targets[0].settledBy"));
        assertEquals(1, calls(REIMAGE));
        assertEquals("idle", state(RENDER_POOL, IDLE_1));
    }

    @Test
    @DisplayName("a fan-out of 12 nodes keeps at most maxConcurrency reimages in flight")
    void fanOutIsBounded() {
        List<String> nodes = new ArrayList<>();
        AzureFleets.changeFleet(fleet -> {
            ArrayNode pool = (ArrayNode) AzureFleets.pool(fleet, BUILD_POOL).path("nodes");
            for (int i = 10; i < 22; i++) {
                pool.addObject().put("id", "tvm-77_" + i).put("state", "idle");
                nodes.add("tvm-77_" + i);
            }
        });
        fault(REIMAGE, "LATENCY", "\"latencyMs\":100");

        JsonPath result = invoke(input(BUILD_POOL, nodes, "\"options\":{\"maxConcurrency\":3}"));

        assertEquals(12, result.getInt("counts.submitted"), result.prettify());
        assertEquals(3, EmulatorControl.maxInFlight(REIMAGE));
    }

    @Test
    @DisplayName("a batchUrl that is not a Batch host or an allowed URL is refused before anything is sent")
    void hostileBatchUrls() {
        String emulator = EmulatorControl.url();
        List<String> hostile = List.of("http://acct.eastus2.batch.azure.com", "https://acct.eastus2.batch.azure.com:8443",
                "https://user:secret@acct.eastus2.batch.azure.com", "https://acct.eastus2.batch.azure.com/pools",
                "https://acct.eastus2.batch.azure.com?x=1", "https://acct.eastus2.batch.azure.com.evil.example",
                "https://evil.example", "https://acct.eastus2.batch.azure.com#x", emulator + "/x",
                emulator.replace("localhost", "127.0.0.1"), "https://ACCT.eastus2.batch.azure.com", "acct.eastus2.batch.azure.com");
        for (String url : hostile) {
            JsonPath result = invoke(input(url, RENDER_POOL, List.of(IDLE_1), ""));
            assertEquals("REJECTED", result.getString("status"), url);
            assertEquals(List.of("batchUrl"), result.getList("errors.path"), url);
            assertTrue(!result.prettify().contains("secret"), "the refused URL is not echoed");
        }
        JsonPath planned = invoke(input("https://acct.eastus2.batch.azure.com", RENDER_POOL, List.of(IDLE_1),
                "\"options\":{\"dryRun\":true}"));
        assertEquals("PLANNED", planned.getString("status"), "a Batch host is accepted");
        assertEquals("PLANNED", invoke(input("https://acct.chinanorth2.batch.chinacloudapi.cn", RENDER_POOL, List.of(IDLE_1),
                "\"options\":{\"dryRun\":true}")).getString("status"));
        assertEquals(0, EmulatorControl.requests().size());
    }

    @Test
    @DisplayName("ids are pattern-checked, duplicates and unknown options refused, every violation reported at once")
    void badInput() {
        JsonPath result = invoke(input(RENDER_POOL + "/../x", List.of(IDLE_1, "../../etc", IDLE_1),
                "\"nodeReimageOption\":\"wipe\""));

        assertEquals("REJECTED", result.getString("status"));
        List<String> paths = result.getList("errors.path");
        assertTrue(paths.containsAll(List.of("poolId", "nodeIds[1]", "nodeIds[2]", "nodeReimageOption")), paths.toString());
        assertEquals(0, EmulatorControl.requests().size());
    }

    @Test
    @DisplayName("the Shared Key signature the functions send is the one the emulator checks, key never in the result")
    void keyNeverLeaks() {
        JsonPath result = invoke(input(RENDER_POOL, List.of(IDLE_1), ""));

        assertEquals("SUBMITTED", result.getString("targets[0].status"));
        assertTrue(!result.prettify().contains(EmulatorTestResource.AZURE_BATCH_KEY));
        assertEquals(EmulatorTestResource.AZURE_BATCH_ACCOUNT, EmulatorControl.requests().get(0).get("accessKey"));
    }
}
