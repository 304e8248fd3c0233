package dev.nodebatch.functions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The AWS Lambda binding: the same input JSON, delivered as a Lambda event (direct invocation or an
 * EventBridge schedule's constant input) through the Lambda runtime API, gives the same result.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class ElbMembersUpdateLambdaTest {

    static String lambdaEvents() {
        int port = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.lambda.mock-event-server.test-port", Integer.class).orElse(8081);
        return "http://localhost:" + port + "/_lambda_";
    }

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @Test
    void aLambdaEventRunsTheFunctionAndReturnsTheBatchResult() {
        JsonPath result = given().contentType(ContentType.JSON)
                .body(EmulatorControl.resource("fixtures/elb-members-drain.json"))
                .post(lambdaEvents()).then().statusCode(200).extract().jsonPath();

        assertEquals("huawei-elb-members-update", result.getString("operation"));
        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(0, 0), result.getList("targets.state.weight"));
        assertEquals("web-2-draining", result.getString("targets[1].state.name"));
        assertEquals(1, EmulatorControl.requests().size(), "one provider call for both members");
    }

    @Test
    void theLambdaBindingRejectsBadInputLikeTheHttpBinding() {
        JsonPath result = given().contentType(ContentType.JSON)
                .body("{\"region\":\"eu-west-101\",\"members\":[{\"id\":\"x\",\"weight\":500}]}")
                .post(lambdaEvents()).then().statusCode(200).extract().jsonPath();

        assertEquals("REJECTED", result.getString("status"));
        assertEquals(List.of("members[0].id", "members[0].weight", "poolId", "projectId"),
                result.getList("errors.path"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @Test
    void theLambdaBindingRejectsDuplicateKeysAtTheirPath() {
        String input = ElbFleets.weights(ElbFleets.WEB_POOL, List.of(ElbFleets.WEB_1), 0,
                "{\"dryRun\":true,\"dryRun\":false}");
        JsonPath result = given().contentType(ContentType.JSON).body(input)
                .post(lambdaEvents()).then().statusCode(200).extract().jsonPath();

        assertEquals("REJECTED", result.getString("status"));
        assertEquals(List.of("options.dryRun"), result.getList("errors.path"));
        assertEquals("duplicate key", result.getString("errors[0].message"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "100000-deep    | nested deeper than the input limit of 32 levels",
        "1001-digits    | a number longer than the input limit of 32 characters",
        "2-MiB          | larger than the input limit of 1048576 bytes",
    })
    void theLambdaBindingRefusesADocumentOverALimitUnread(String what, String message) {
        String valid = ElbFleets.weights(ElbFleets.WEB_POOL, List.of(ElbFleets.WEB_1), 0, "{}");
        String input = switch (what) {
            case "100000-deep" -> "[".repeat(100_000) + "]".repeat(100_000);
            case "1001-digits" -> valid.replace("\"weight\":0", "\"weight\":" + "7".repeat(1001));
            default -> valid.replace("\"options\":{}", "\"options\":{},\"pad\":[\"\""
                    + (",\"" + "x".repeat(1000) + "\"").repeat(2100) + "]");
        };
        // not through RestAssured: on a failure it would pretty-print the request body, 100,000 levels deep
        RawHttp.Answer answer = RawHttp.postJsonTo(lambdaEvents(), input);
        assertEquals(200, answer.status(), answer::body);
        JsonPath result = answer.json();

        assertEquals("REJECTED", result.getString("status"));
        assertEquals(1, result.getList("errors").size());
        assertEquals(message, result.getString("errors[0].message"));
        assertEquals(List.of(), EmulatorControl.requests());
    }
}
