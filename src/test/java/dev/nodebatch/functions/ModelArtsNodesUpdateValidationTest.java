package dev.nodebatch.functions;

import static dev.nodebatch.functions.HttpBinding.given;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_A;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_B;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_POOL;
import static dev.nodebatch.functions.ModelArtsFleets.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Bad ModelArts input is rejected whole, with every violation and its JSON path, and nothing reaches the provider. */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class ModelArtsNodesUpdateValidationTest {

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @AfterEach
    void nothingWasSent() {
        assertEquals(List.of(), EmulatorControl.requests(), "a rejected input makes no provider call");
    }

    static JsonPath rejected(String input) {
        JsonPath result = given().contentType(ContentType.JSON).body(input).post(ModelArtsNodesUpdateTest.FUNCTION)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", result.getString("status"), result.prettify());
        assertEquals(List.of(), result.getList("targets"));
        return result;
    }

    static void assertViolation(JsonPath result, String path, String messagePart) {
        List<Map<String, String>> errors = result.getList("errors");
        assertTrue(errors.stream().anyMatch(e -> e.get("path").equals(path) && e.get("message").contains(messagePart)),
                () -> "expected a violation at " + path + " containing '" + messagePart + "' in " + errors);
    }

    @ParameterizedTest(name = "node name {0} is rejected")
    @CsvSource({
        "Node_1,       Kubernetes node name",
        "../etc,       Kubernetes node name",
        "-node,        Kubernetes node name",
        "node-,        Kubernetes node name",
        "node..a,      Kubernetes node name",
        "'',           Kubernetes node name",
    })
    void aNodeNameThatIsNotAKubernetesNameIsRejected(String name, String message) {
        assertViolation(rejected(input("ap-southeast-3", TRAIN_POOL, List.of(TRAIN_A, name), "openHaRedundant", "")),
                "nodeNames[1]", message);
    }

    @Test
    void aNodeNameLongerThan253CharactersIsRejected() {
        String name = "a".repeat(254);
        assertViolation(rejected(input("ap-southeast-3", TRAIN_POOL, List.of(name), "openHaRedundant", "")),
                "nodeNames[0]", "at most 253");
    }

    @ParameterizedTest(name = "pool name {0} is rejected")
    @CsvSource({ "pool-short", "Pool-gpu-train-5f2c8e1a-3b4d-4c6e-8f9a-0b1c2d3e4f51",
        "pool-gpu-train-5f2c8e1a-3b4d-4c6e-8f9a-0b1c2d3e4f5-", "../../pools/x/y/z/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
    void aPoolNameThatIsNotAPoolsMetadataNameIsRejected(String pool) {
        assertViolation(rejected(input("ap-southeast-3", pool, List.of(TRAIN_A), "openHaRedundant", "")),
                "poolName", "metadata.name");
    }

    @Test
    void aNodeListedTwiceIsRejected() {
        assertViolation(rejected(input("ap-southeast-3", TRAIN_POOL, List.of(TRAIN_A, TRAIN_B, TRAIN_A),
                "openHaRedundant", "")), "nodeNames[2]", "duplicate of nodeNames[0]");
    }

    @Test
    void theActionIsRequiredAndOnlyTheTwoHaActionsAreAccepted() {
        assertViolation(rejected("{\"region\":\"eu-de\",\"cloud\":\"otc\",\"projectId\":\"" + ModelArtsFleets.PROJECT
                + "\",\"poolName\":\"" + TRAIN_POOL + "\",\"nodeNames\":[\"" + TRAIN_A + "\"]}"), "action", "is required");
        assertViolation(rejected(input("ap-southeast-3", TRAIN_POOL, List.of(TRAIN_A), "createTags", "")), "action",
                "one of openHaRedundant, closeHaRedundant");
    }

    @Test
    void theEffectIsOneOfTwoAndOnlyGoesWithOpening() {
        assertViolation(rejected(input("ap-southeast-3", TRAIN_POOL, List.of(TRAIN_A), "openHaRedundant",
                ",\"haRedundantEffect\":\"Evict\"")), "haRedundantEffect", "one of NoSchedule, NoExecute");
        assertViolation(rejected(input("ap-southeast-3", TRAIN_POOL, List.of(TRAIN_A), "closeHaRedundant",
                ",\"haRedundantEffect\":\"NoExecute\"")), "haRedundantEffect", "applies only to openHaRedundant");
    }

    @ParameterizedTest(name = "region {0} on {1} is rejected")
    @CsvSource(delimiter = '|', value = {
        "eu-west-101 | ,\"cloud\":\"otc\" | a region of Huawei Cloud, not of Open Telekom Cloud: set \"cloud\": \"huaweicloud\"",
        "eu-de       |                    | a region of Open Telekom Cloud, not of Huawei Cloud: set \"cloud\": \"otc\"",
        "eu-nl       | ,\"cloud\":\"otc\" | modelarts is not offered in eu-nl on Open Telekom Cloud",
        "eu-west-101 |                    | modelarts is not offered in eu-west-101 on Huawei Cloud",
        "EU West     |                    | must be a region id",
    })
    void aRegionTheCloudOrTheServiceThereDoesNotHaveIsRejected(String region, String cloud, String message) {
        assertViolation(rejected(input(region, TRAIN_POOL, List.of(TRAIN_A), "openHaRedundant",
                cloud == null ? "" : cloud)), "region", message);
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        JsonPath result = rejected("{\"region\":\"eu-de\",\"projectId\":\"ABC\",\"poolName\":\"x\","
                + "\"nodeNames\":[],\"action\":\"openHaRedundant\",\"nodes\":7}");

        assertViolation(result, "region", "set \"cloud\": \"otc\"");
        assertViolation(result, "projectId", "project id");
        assertViolation(result, "poolName", "metadata.name");
        assertViolation(result, "nodeNames", "at least one node");
        assertViolation(result, "nodes", "unknown field");
    }
}
