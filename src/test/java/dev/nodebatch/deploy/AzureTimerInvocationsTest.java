package dev.nodebatch.deploy;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An Azure timer-triggered function (a folder of the function app with a timerTrigger and the input of the
 * function it runs) is invoked by the Functions host with its invocation payload and answers with the custom
 * handler's response payload, after running the function against the provider.
 */
@QuarkusTest
@TestProfile(AzureTimerInvocationsTest.FunctionApp.class)
@WithTestResource(EmulatorTestResource.class)
class AzureTimerInvocationsTest {

    /** A function app with two timer functions and one HTTP function (src/test/resources/azure-app). */
    public static class FunctionApp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nodebatch.azure.timer-functions-dir", "src/test/resources/azure-app");
        }
    }

    private static final String INVOCATION = "{\"Data\":{\"timer\":{\"Schedule\":{\"AdjustForDST\":true},"
            + "\"IsPastDue\":false}},\"Metadata\":{\"sys\":{\"MethodName\":\"drain-web-4\"}}}";

    @Test
    void aTimerInvocationRunsTheFunctionWithTheInputBesideIt() {
        given().body(INVOCATION).post("/drain-web-4").then().statusCode(200).contentType(ContentType.JSON)
                .body("Outputs", equalTo(Map.of()))
                .body("Logs", hasSize(1))
                .body("Logs[0]", startsWith("huawei-elb-members-update: SUCCEEDED"));

        Object weight = RestAssured.given().get(ConfigProvider.getConfig().getValue("nodebatch.emulator.url",
                String.class) + "/_emulator/state").then().extract().jsonPath().getList(
                        "huawei.projects.'0123456789abcdef0123456789abcdef'.elb.pools.find { it.id == "
                                + "'4b2a5ef0-8b3d-4c1e-9f6a-0a1b2c3d4e5f' }.members.findAll { it.id == "
                                + "'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c04' }.weight").get(0);
        assertEquals(0, weight);
    }

    @Test
    void aScheduledInputTheFunctionRefusesFailsTheInvocation() {
        given().body(INVOCATION).post("/refused-input").then().statusCode(422)
                .body("Logs[0]", startsWith("huawei-elb-members-update: REJECTED"));
    }

    @Test
    void onlyTimerFunctionsGetARouteAndFunctionsStayWhereTheyAre() {
        given().body(INVOCATION).post("/no-such-timer").then().statusCode(404);
        given().body("{\"region\":\"eu-west-101\"}").post("/huawei-elb-members-update").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("errors", org.hamcrest.Matchers.not(empty()));
    }

    private static RequestSpecification given() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        return RestAssured.given().port(port).contentType(ContentType.JSON);
    }
}
