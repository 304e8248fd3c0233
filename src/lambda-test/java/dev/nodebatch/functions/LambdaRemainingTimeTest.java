package dev.nodebatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * On AWS Lambda the batch's deadline is the time the Lambda still grants, less the settle grace (2 s) and one
 * second for the reply: a Lambda about to end reports its targets as SKIPPED instead of being killed mid-batch.
 * The event goes to the deployment's Lambda handler with a {@link Context} whose remaining time the test sets: the
 * mock event server of test mode states no deadline.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class LambdaRemainingTimeTest {

    private static final String DIRECT_INVOCATION = "fixtures/lambda/direct-invocation-elb-drain.json";
    private static final String API_GATEWAY_REQUEST = "fixtures/lambda/api-gateway-http-elb-drain.json";

    @Inject
    LambdaEventHandler handler;

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @Test
    void aLambdaWithTimeLeftRunsTheBatch() throws IOException {
        JsonPath result = invoke(EmulatorControl.resource(DIRECT_INVOCATION), Duration.ofSeconds(60));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(0, 0), result.getList("targets.state.weight"));
        assertEquals(1, EmulatorControl.requests().size());
    }

    @Test
    void aLambdaWithLessTimeLeftThanTheMarginAndOneCallSendsNothingAndReportsEveryTarget() throws IOException {
        // 3.5 s left: a deadline of 0.5 s, less than the 1 s a call needs
        JsonPath result = invoke(EmulatorControl.resource(DIRECT_INVOCATION), Duration.ofMillis(3_500));

        assertEquals("FAILED", result.getString("status"));
        assertEquals(List.of("SKIPPED", "SKIPPED"), result.getList("targets.status"));
        assertEquals(List.of("DEADLINE", "DEADLINE"), result.getList("targets.reason"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @Test
    void theRemainingTimeCutsALongerDeadlineTheInputAsksFor() throws IOException {
        String input = EmulatorControl.resource(DIRECT_INVOCATION).replaceFirst("\\{",
                "{ \"options\": { \"deadlineSeconds\": 600 },");

        JsonPath result = invoke(input, Duration.ofMillis(3_500));

        assertEquals(List.of("DEADLINE", "DEADLINE"), result.getList("targets.reason"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @Test
    void theTimeLeftJustPastTheMarginAndOneCallIsEnoughForTheCall() throws IOException {
        // 4.5 s left: a deadline of 1.5 s, room for the one call of 1 s reserve
        JsonPath result = invoke(EmulatorControl.resource(DIRECT_INVOCATION), Duration.ofMillis(4_500));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(1, EmulatorControl.requests().size());
    }

    @Test
    void anApiGatewayRequestGetsTheSameDeadline() throws IOException {
        JsonPath answer = invoke(EmulatorControl.resource(API_GATEWAY_REQUEST), Duration.ofMillis(3_500));

        assertEquals(200, answer.getInt("statusCode"));
        JsonPath result = JsonPath.from(answer.getString("body"));
        assertEquals(List.of("DEADLINE", "DEADLINE"), result.getList("targets.reason"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @ParameterizedTest(name = "{0} ms")
    @ValueSource(longs = { -1_471_228_928L, 1_200_000L })
    void aRemainingTimeLambdaNeverGrantsIsNoDeadline(long millis) throws IOException {
        // what the runtime client reckons without a deadline header, and more than Lambda's longest timeout
        JsonPath result = invoke(EmulatorControl.resource(DIRECT_INVOCATION), Duration.ofMillis(millis));

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(1, EmulatorControl.requests().size());
    }

    private JsonPath invoke(String event, Duration remaining) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), answer,
                new LambdaContext(remaining));
        return JsonPath.from(answer.toString(StandardCharsets.UTF_8));
    }

    /** What the Lambda runtime hands a handler: the time left counts down from the invocation's deadline. */
    private static final class LambdaContext implements Context {

        private final long deadlineMillis;

        LambdaContext(Duration remaining) {
            this.deadlineMillis = System.currentTimeMillis() + remaining.toMillis();
        }

        @Override
        public int getRemainingTimeInMillis() {
            return (int) (deadlineMillis - System.currentTimeMillis());
        }

        @Override
        public String getAwsRequestId() {
            return "8476a536-e9f4-11e8-9739-2dfe598c3fcd";
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/huawei-elb-members-update";
        }

        @Override
        public String getLogStreamName() {
            return "2026/11/25/[$LATEST]8f2c1a0b9d7e4f3a";
        }

        @Override
        public String getFunctionName() {
            return "huawei-elb-members-update";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:eu-west-1:123456789012:function:huawei-elb-members-update";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 512;
        }

        @Override
        public LambdaLogger getLogger() {
            return null;
        }
    }
}
