package dev.nodebatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * One Lambda deployment serves its function to all three AWS triggers: an API Gateway HTTP API route (payload
 * format 2.0), an EventBridge Scheduler schedule (its constant input is the event) and a direct invocation. Each
 * event goes through Quarkus' Lambda runtime (the mock event server of test mode) to the deployment's handler, and
 * each answers what the HTTP binding answers for the same input against the same fleet.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class LambdaTriggersTest {

    private static final String FUNCTION = "huawei-elb-members-update";
    private static final String DRAIN = "fixtures/lambda/direct-invocation-elb-drain.json";

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @Test
    void aDirectInvocationRunsTheFunctionLikeAnHttpCall() {
        JsonPath lambda = invoke("fixtures/lambda/direct-invocation-elb-drain.json");
        JsonPath http = overHttpOnAFreshFleet(EmulatorControl.resource(DRAIN), 200);

        assertEquals("SUCCEEDED", lambda.getString("status"));
        assertEquals(List.of(0, 0), lambda.getList("targets.state.weight"));
        assertSameOutcome(http, lambda);
    }

    @Test
    void anEventBridgeScheduleDeliversItsConstantInputAsTheEventAndRunsTheFunctionLikeAnHttpCall() {
        String input = EmulatorControl.resource("fixtures/lambda/eventbridge-scheduler-elb-drain.json");
        JsonPath lambda = invoke("fixtures/lambda/eventbridge-scheduler-elb-drain.json");
        assertEquals(1, EmulatorControl.requests().size(), "one provider call for both members");
        JsonPath http = overHttpOnAFreshFleet(input, 200);

        assertEquals("SUCCEEDED", lambda.getString("status"));
        assertSameOutcome(http, lambda);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "api-gateway-http-elb-drain.json", "api-gateway-http-elb-drain-base64.json" })
    void anApiGatewayRequestRunsTheFunctionAndAnswersTheHttpBindingsStatusAndResult(String fixture) {
        JsonPath answer = invoke("fixtures/lambda/" + fixture);
        JsonPath lambda = JsonPath.from(answer.getString("body"));
        JsonPath http = overHttpOnAFreshFleet(EmulatorControl.resource(DRAIN), 200);

        assertEquals(200, answer.getInt("statusCode"));
        assertEquals(Map.of("content-type", "application/json"), answer.getMap("headers"));
        assertEquals(FUNCTION, lambda.getString("operation"));
        assertEquals("SUCCEEDED", lambda.getString("status"));
        assertSameOutcome(http, lambda);
    }

    @Test
    void anApiGatewayGetIsRefusedWith405LikeOverHttp() {
        JsonPath answer = invoke("fixtures/lambda/api-gateway-http-get.json");
        RawHttp.Answer http = RawHttp.send("GET", "/" + FUNCTION);

        assertEquals(405, answer.getInt("statusCode"));
        assertEquals(Map.of("content-type", "application/json", "allow", "POST"), answer.getMap("headers"));
        assertEquals(405, http.status());
        assertRejectedLike(http.json(), JsonPath.from(answer.getString("body")));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @Test
    void anApiGatewayRequestWithAMalformedBodyIsRejectedWith400LikeOverHttp() {
        JsonPath event = JsonPath.from(EmulatorControl.resource("fixtures/lambda/api-gateway-http-malformed-body.json"));
        JsonPath answer = invoke("fixtures/lambda/api-gateway-http-malformed-body.json");
        RawHttp.Answer http = RawHttp.post("/" + FUNCTION, "application/json", event.getString("body"));

        assertEquals(400, answer.getInt("statusCode"));
        assertEquals(400, http.status());
        JsonPath lambda = JsonPath.from(answer.getString("body"));
        assertRejectedLike(http.json(), lambda);
        assertEquals("$", lambda.getString("errors[0].path"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/plain                    | 415",
        "application/merge-patch+json  | 415",
    })
    void anApiGatewayRequestOfAnotherMediaTypeIsRefusedLikeOverHttp(String contentType, int status) {
        String event = EmulatorControl.resource("fixtures/lambda/api-gateway-http-elb-drain.json")
                .replace("\"content-type\": \"application/json\"", "\"content-type\": \"" + contentType + "\"");
        JsonPath answer = RawHttp.postJsonTo(ElbMembersUpdateLambdaTest.lambdaEvents(), event).json();
        RawHttp.Answer http = RawHttp.post("/" + FUNCTION, contentType, EmulatorControl.resource(DRAIN));

        assertEquals(status, answer.getInt("statusCode"));
        assertEquals(status, http.status());
        assertRejectedLike(http.json(), JsonPath.from(answer.getString("body")));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @Test
    void anApiGatewayRequestWithABodyOverOneMebibyteIsRefusedWith413() {
        String body = "{\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}";
        String event = EmulatorControl.resource("fixtures/lambda/api-gateway-http-elb-drain-base64.json")
                .replaceFirst("\"body\": \"[^\"]*\"",
                        "\"body\": \"" + Base64.getEncoder().encodeToString(body.getBytes()) + "\"");
        JsonPath answer = RawHttp.postJsonTo(ElbMembersUpdateLambdaTest.lambdaEvents(), event).json();

        assertEquals(413, answer.getInt("statusCode"));
        JsonPath lambda = JsonPath.from(answer.getString("body"));
        assertEquals("REJECTED", lambda.getString("status"));
        assertEquals("the body is larger than the input limit of 1048576 bytes", lambda.getString("errors[0].message"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @Test
    void anApiGatewayRequestForAnotherPathIsAnswered404WithTheFunctionThisLambdaServes() {
        JsonPath answer = invoke("fixtures/lambda/api-gateway-http-unknown-route.json");
        JsonPath index = HttpBinding.given().get("/").then().statusCode(200).extract().jsonPath();

        assertEquals(404, answer.getInt("statusCode"));
        JsonPath body = JsonPath.from(answer.getString("body"));
        assertEquals("no function at /huawei-elb-members-updat: call one of these with POST", body.getString("message"));
        assertEquals(List.of(index.getMap("functions.find { it.name == '" + FUNCTION + "' }")),
                body.getList("functions"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    private static JsonPath invoke(String fixture) {
        RawHttp.Answer answer = RawHttp.postJsonTo(ElbMembersUpdateLambdaTest.lambdaEvents(),
                EmulatorControl.resource(fixture));
        assertEquals(200, answer.status(), answer::body);
        return answer.json();
    }

    /** The same input over the HTTP binding, against the fleet as it was before the Lambda changed it. */
    private static JsonPath overHttpOnAFreshFleet(String input, int status) {
        EmulatorControl.reset();
        RawHttp.Answer answer = RawHttp.post("/" + FUNCTION, "application/json", input);
        assertEquals(status, answer.status(), answer::body);
        return answer.json();
    }

    /** Status, counts and every target alike; only the provider's request ids differ from call to call. */
    private static void assertSameOutcome(JsonPath expected, JsonPath actual) {
        assertEquals(expected.getString("status"), actual.getString("status"));
        assertEquals(expected.getMap("counts"), actual.getMap("counts"));
        assertEquals(withoutRequestIds(expected.getList("targets")), withoutRequestIds(actual.getList("targets")));
    }

    private static void assertRejectedLike(JsonPath expected, JsonPath actual) {
        assertEquals("REJECTED", actual.getString("status"));
        assertEquals(FUNCTION, actual.getString("operation"));
        assertEquals(expected.getList("errors"), actual.getList("errors"));
        assertEquals(List.of(), actual.getList("targets"));
    }

    private static List<Map<String, Object>> withoutRequestIds(List<Map<String, Object>> targets) {
        return targets.stream().map(target -> {
            Map<String, Object> copy = new HashMap<>(target);
            copy.remove("providerRequestId");
            return copy;
        }).toList();
    }
}
