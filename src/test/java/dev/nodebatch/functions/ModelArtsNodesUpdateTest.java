package dev.nodebatch.functions;

import static dev.nodebatch.functions.HttpBinding.given;
import static dev.nodebatch.functions.ModelArtsFleets.BIG_POOL;
import static dev.nodebatch.functions.ModelArtsFleets.INFER_A;
import static dev.nodebatch.functions.ModelArtsFleets.INFER_DELETING;
import static dev.nodebatch.functions.ModelArtsFleets.INFER_POOL;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_A;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_ABNORMAL;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_B;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_C;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_CREATING;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_POOL;
import static dev.nodebatch.functions.ModelArtsFleets.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class ModelArtsNodesUpdateTest {

    static final String FUNCTION = "/huawei-modelarts-nodes-update";
    static final String BATCH_UPDATE = "modelarts.batchUpdatePoolNodes";

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    static JsonPath invoke(String input) {
        return given().contentType(ContentType.JSON).body(input).post(FUNCTION)
                .then().statusCode(200).extract().jsonPath();
    }

    static void faultOnBatchUpdate(String fault, String parameters) {
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"" + BATCH_UPDATE + "\",\"fault\":\"" + fault + "\""
                + parameters + "}]}");
    }

    static List<Object> statuses(String pool) {
        return EmulatorControl.requests(pool).stream().map(call -> call.get("status")).toList();
    }

    @Test
    void aPartialFailureInsideA200FailsOnlyTheNodesTheProviderNamed() {
        JsonPath result = invoke(ModelArtsFleets.open(TRAIN_POOL, TRAIN_A, TRAIN_ABNORMAL, TRAIN_CREATING));

        assertEquals("PARTIAL", result.getString("status"));
        assertEquals(List.of(TRAIN_A, TRAIN_ABNORMAL, TRAIN_CREATING), result.getList("targets.id"));
        assertEquals(List.of("SUCCEEDED", "FAILED", "SUCCEEDED"), result.getList("targets.status"));
        assertEquals(Map.of("haRedundant", true, "haRedundantEffect", "NoSchedule"), result.getMap("targets[0].state"));
        assertEquals("PROVIDER_ERROR", result.getString("targets[1].error.category"));
        assertEquals("NODEBATCH.NODE_REPORTED_FAILED", result.getString("targets[1].error.code"));
        assertEquals(200, result.getInt("targets[1].error.httpStatus"));
        assertEquals(32, result.getString("targets[1].providerRequestId").length());
        assertEquals(result.getString("targets[0].providerRequestId"), result.getString("targets[1].providerRequestId"));
        assertEquals(List.of(1, 1, 1), result.getList("targets.attempts"));
        assertEquals(true, node(TRAIN_POOL, TRAIN_A).get("haRedundant"));
        assertEquals(false, node(TRAIN_POOL, TRAIN_ABNORMAL).get("haRedundant"));
        assertEquals(1, EmulatorControl.requests(TRAIN_POOL).size());
    }

    @Test
    void theNodesAnswerShapeIsReadTheSameWay() {
        JsonPath result = invoke(ModelArtsFleets.input("ap-southeast-3", INFER_POOL, List.of(INFER_DELETING, INFER_A),
                "openHaRedundant", ",\"haRedundantEffect\":\"NoExecute\""));

        assertEquals("PARTIAL", result.getString("status"));
        assertEquals(List.of("FAILED", "SUCCEEDED"), result.getList("targets.status"));
        assertEquals("NoExecute", result.getString("targets[1].state.haRedundantEffect"));
        assertEquals("NODEBATCH.NODE_REPORTED_FAILED", result.getString("targets[0].error.code"));
        assertEquals("NoExecute", node(INFER_POOL, INFER_A).get("haRedundantEffect"));
    }

    @Test
    void closingSwitchesTheFlagOff() {
        invoke(ModelArtsFleets.open(TRAIN_POOL, TRAIN_B, TRAIN_C));

        JsonPath result = invoke(ModelArtsFleets.input("ap-southeast-3", TRAIN_POOL, List.of(TRAIN_B, TRAIN_C),
                "closeHaRedundant", ""));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(false, false), result.getList("targets.state.haRedundant"));
        assertEquals(false, node(TRAIN_POOL, TRAIN_B).get("haRedundant"));
        assertNull(node(TRAIN_POOL, TRAIN_C).get("haRedundantEffect"));
    }

    @Test
    void anUnknownPoolFailsEveryNodeAsNotFound() {
        JsonPath result = invoke(ModelArtsFleets.open("pool-unknown-00000000-0000-4000-8000-000000000404", TRAIN_A,
                TRAIN_B));

        assertEquals("FAILED", result.getString("status"));
        assertEquals(List.of("NOT_FOUND", "NOT_FOUND"), result.getList("targets.error.category"));
        assertEquals(List.of("ModelArts.50015001", "ModelArts.50015001"), result.getList("targets.error.code"));
        assertEquals(List.of(404, 404), result.getList("targets.error.httpStatus"));
        assertEquals(List.of(1, 1), result.getList("targets.attempts"));
    }

    @ParameterizedTest(name = "after {0} the update is sent again and succeeds")
    @CsvSource(delimiter = '|', value = {
        "ERROR_5XX           | ,\"count\":2                      | 3 | [500, 500, 200]",
        "APPLIED_THEN_FAILED | ,\"count\":1                      | 2 | [500, 200]",
        "RESET               | ,\"count\":1                      | 2 | [0, 200]",
        "SLOW                | ,\"count\":1,\"latencyMs\":1500   | 2 | [200, 200]",
        "THROTTLE            | ,\"count\":1                      | 2 | [429, 200]",
    })
    void aSafeToRepeatUpdateIsRetriedAfterServerFaultsTimeoutsAndLostConnections(String fault, String parameters,
            int attempts, String calls) {
        faultOnBatchUpdate(fault, parameters);

        JsonPath result = invoke(ModelArtsFleets.open(TRAIN_POOL, TRAIN_A, TRAIN_B));
        EmulatorControl.awaitNoCallInFlight();

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(attempts, attempts), result.getList("targets.attempts"));
        assertEquals(calls, statuses(TRAIN_POOL).toString().replace(" ", "").replace(",", ", "));
        assertEquals(true, node(TRAIN_POOL, TRAIN_B).get("haRedundant"));
    }

    @Test
    void aServerFaultThatOutlastsTheRetriesLeavesTheNodesUnknown() {
        faultOnBatchUpdate("ERROR_5XX", "");

        JsonPath result = invoke(ModelArtsFleets.open(TRAIN_POOL, TRAIN_A));

        assertEquals("UNKNOWN", result.getString("targets[0].status"));
        assertEquals("ModelArts.50015000", result.getString("targets[0].error.code"));
        assertEquals(4, result.getInt("targets[0].attempts"), "the first call and max-retries 3");
    }

    @Test
    void openTelekomCloudIsATargetLikeHuaweiCloud() {
        JsonPath result = invoke(ModelArtsFleets.input("eu-de", TRAIN_POOL, List.of(TRAIN_C), "openHaRedundant",
                ",\"cloud\":\"otc\""));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(true, node(TRAIN_POOL, TRAIN_C).get("haRedundant"));
    }

    @Test
    void aDryRunPlansEveryNodeAndSendsNothing() {
        JsonPath result = invoke(ModelArtsFleets.input("eu-de", TRAIN_POOL, List.of(TRAIN_A, TRAIN_B),
                "openHaRedundant", ",\"cloud\":\"otc\",\"options\":{\"dryRun\":true}"));

        assertEquals("PLANNED", result.getString("status"));
        assertEquals(List.of(true, true), result.getList("targets.state.haRedundant"));
        assertEquals(List.of("NoSchedule", "NoSchedule"), result.getList("targets.state.haRedundantEffect"));
        assertEquals(List.of(), EmulatorControl.requests(TRAIN_POOL));
    }

    @Test
    void twoHundredFiftyNodesGoOutInThreeCallsOfAtMostOneHundred() {
        EmulatorControl.putFleet(ModelArtsFleets.withBigPool(250));

        JsonPath result = invoke(ModelArtsFleets.input("ap-southeast-3", BIG_POOL, ModelArtsFleets.bigPoolNames(250),
                "openHaRedundant", ""));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(250, result.getInt("counts.succeeded"));
        assertEquals(ModelArtsFleets.bigPoolNames(250), result.getList("targets.id"));
        assertEquals(List.of(200, 200, 200), statuses(BIG_POOL));
    }
}
