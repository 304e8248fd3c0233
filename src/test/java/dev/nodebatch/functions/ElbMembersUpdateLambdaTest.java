package dev.nodebatch.functions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
}
