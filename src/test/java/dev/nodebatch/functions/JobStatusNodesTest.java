package dev.nodebatch.functions;

import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.functions.AzureFleets.BUILD_1;
import static dev.nodebatch.functions.AzureFleets.BUILD_POOL;
import static dev.nodebatch.functions.AzureFleets.IDLE_1;
import static dev.nodebatch.functions.AzureFleets.IDLE_2;
import static dev.nodebatch.functions.AzureFleets.RENDER_POOL;
import static dev.nodebatch.functions.HttpBinding.given;
import static dev.nodebatch.functions.ModelArtsFleets.INFER_A;
import static dev.nodebatch.functions.ModelArtsFleets.INFER_POOL;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_A;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_ABNORMAL;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_CREATING;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** {@code job-status} on nodes: ModelArts pool nodes by their phase, Azure Batch nodes by the reimage poller's rules. */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class JobStatusNodesTest {

    static final String HUAWEI_SCOPE = "\"region\":\"ap-southeast-3\",\"projectId\":\"" + PROJECT_ID + "\",";
    static final String UNKNOWN_POOL = "pool-gone-00000000-0000-4000-8000-000000000000";

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    static JsonPath jobStatus(String scope, String jobs, String options) {
        return given().contentType(ContentType.JSON).body("{" + scope + "\"jobs\":[" + jobs + "],\"options\":"
                + options + "}").post("/job-status").then().statusCode(200).extract().jsonPath();
    }

    static String modelArtsNode(String pool, String node) {
        return "{\"service\":\"modelarts\",\"jobId\":\"" + node + "\",\"poolName\":\"" + pool + "\"}";
    }

    static String azureNode(String pool, String node) {
        return "{\"service\":\"azure-batch-node\",\"jobId\":\"" + node + "\",\"batchUrl\":\"" + EmulatorControl.url()
                + "\",\"poolId\":\"" + pool + "\"}";
    }

    static long calls(String operation) {
        return AzureFleets.calls(operation);
    }

    @Test
    @DisplayName("ModelArts nodes: Available is SUCCEEDED, Creating SUBMITTED, Abnormal FAILED, each pool read once")
    void modelArtsNodesByPhase() {
        JsonPath result = jobStatus(HUAWEI_SCOPE, String.join(",", modelArtsNode(TRAIN_POOL, TRAIN_A),
                modelArtsNode(TRAIN_POOL, TRAIN_CREATING), modelArtsNode(TRAIN_POOL, TRAIN_ABNORMAL),
                modelArtsNode(INFER_POOL, INFER_A)), "{}");

        assertEquals(List.of(TRAIN_A, TRAIN_CREATING, TRAIN_ABNORMAL, INFER_A), result.getList("targets.id"));
        assertEquals(List.of("SUCCEEDED", "SUBMITTED", "FAILED", "SUCCEEDED"), result.getList("targets.status"),
                result.prettify());
        assertEquals(List.of("Available", "Creating", "Abnormal", "Available"), result.getList("targets.state.phase"));
        assertEquals("modelarts", result.getString("targets[1].state.service"));
        assertEquals(2, calls("modelarts.listPoolNodes"), "one read per pool, not per node");
    }

    @Test
    @DisplayName("a ModelArts pool that does not exist leaves its nodes FAILED / NOT_FOUND")
    void unknownPool() {
        JsonPath result = jobStatus(HUAWEI_SCOPE, modelArtsNode(UNKNOWN_POOL, TRAIN_A), "{\"wait\":true}");

        assertEquals("FAILED", result.getString("targets[0].status"), result.prettify());
        assertEquals("NOT_FOUND", result.getString("targets[0].error.category"));
        assertEquals(404, result.getInt("targets[0].error.httpStatus"));
    }

    @Test
    @DisplayName("Azure nodes reimaged by azure-batch-nodes-reimage are SUBMITTED while reimaging, and with wait SUCCEEDED once idle")
    void azureNodesAfterAReimage() {
        AzureFleets.reimageDuration(RENDER_POOL, 300);
        AzureFleets.reimageDuration(BUILD_POOL, 300);
        AzureFleets.invoke(AzureFleets.input(RENDER_POOL, List.of(IDLE_1, IDLE_2), ""));
        AzureFleets.invoke(AzureFleets.input(BUILD_POOL, List.of(BUILD_1), ""));
        EmulatorControl.clearRequests();
        String jobs = String.join(",", azureNode(RENDER_POOL, IDLE_1), azureNode(RENDER_POOL, IDLE_2),
                azureNode(BUILD_POOL, BUILD_1));

        JsonPath now = jobStatus("", jobs, "{}");

        assertEquals(List.of("SUBMITTED", "SUBMITTED", "SUBMITTED"), now.getList("targets.status"), now.prettify());
        assertEquals(List.of("reimaging", "reimaging", "reimaging"), now.getList("targets.state.state"));
        assertEquals(List.of("azure-batch-node", "azure-batch-node", "azure-batch-node"),
                now.getList("targets.state.service"));
        assertEquals(2, calls(AzureFleets.LIST), "one read per pool, not per node");

        JsonPath waited = jobStatus("", jobs, "{\"wait\":true}");

        assertEquals(List.of("SUCCEEDED", "SUCCEEDED", "SUCCEEDED"), waited.getList("targets.status"),
                waited.prettify());
        assertEquals(List.of("idle", "idle", "idle"), waited.getList("targets.state.state"));
        assertEquals(true, waited.getBoolean("wait.completed"));
        assertEquals("idle", AzureFleets.state(RENDER_POOL, IDLE_1));
    }

    @Test
    @DisplayName("Huawei and Azure nodes in one input: region and projectId serve the Huawei ones")
    void mixedServices() {
        JsonPath result = jobStatus(HUAWEI_SCOPE, modelArtsNode(TRAIN_POOL, TRAIN_A) + ","
                + azureNode(RENDER_POOL, IDLE_1), "{}");

        assertEquals(List.of("SUCCEEDED", "SUCCEEDED"), result.getList("targets.status"), result.prettify());
        assertEquals(List.of("modelarts", "azure-batch-node"), result.getList("targets.state.service"));
    }

    @Test
    @DisplayName("missing, misplaced and disallowed scopes are rejected with their paths, and nothing is read")
    void badScopesAreRejected() {
        String jobs = String.join(",",
                "{\"service\":\"modelarts\",\"jobId\":\"" + TRAIN_A + "\"}",
                "{\"service\":\"azure-batch-node\",\"jobId\":\"" + IDLE_1 + "\",\"batchUrl\":\"https://evil.example.com\"}",
                "{\"service\":\"dcs\",\"jobId\":\"0000000000000000000000000000dead\",\"poolId\":\"" + RENDER_POOL + "\"}",
                "{\"service\":\"modelarts\",\"jobId\":\"Node_1\",\"poolName\":\"Not-A-Pool\"}",
                azureNode(BUILD_POOL, IDLE_1));

        JsonPath result = jobStatus("", jobs, "{}");

        assertEquals("REJECTED", result.getString("status"));
        List<Map<String, String>> errors = result.getList("errors");
        assertEquals(List.of("jobs[0].poolName", "jobs[1].batchUrl", "jobs[1].poolId", "jobs[2].poolId",
                "jobs[3].jobId", "jobs[3].poolName", "jobs[4].jobId", "projectId", "region"),
                errors.stream().map(error -> error.get("path")).sorted().toList(), errors::toString);
        assertTrue(errors.contains(Map.of("path", "region", "message", "is required for dcs, modelarts jobs")),
                errors::toString);
        assertTrue(errors.contains(Map.of("path", "jobs[2].poolId", "message",
                "is not used by dcs jobs: leave it out")), errors::toString);
        assertTrue(errors.stream().anyMatch(error -> error.get("path").equals("jobs[4].jobId")
                && error.get("message").contains("duplicate of jobs[1].jobId")), errors::toString);
        assertTrue(errors.stream().noneMatch(error -> error.get("message").contains("evil")), "the URL is not echoed");
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @Test
    @DisplayName("Azure nodes alone need no Huawei region or project")
    void azureNeedsNoHuaweiScope() {
        JsonPath result = jobStatus("", azureNode(RENDER_POOL, IDLE_1), "{}");

        assertEquals("SUCCEEDED", result.getString("targets[0].status"), result.prettify());
        assertEquals("idle", result.getString("targets[0].state.state"));
    }
}
