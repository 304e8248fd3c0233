package dev.nodebatch.functions;

import static dev.nodebatch.emulator.EmulatorTestResource.ACCESS_KEY;
import static dev.nodebatch.emulator.EmulatorTestResource.ROTATED_ACCESS_KEY;
import static dev.nodebatch.emulator.EmulatorTestResource.ROTATED_SECRET_KEY;
import static dev.nodebatch.emulator.EmulatorTestResource.SECRET_KEY;
import static dev.nodebatch.emulator.EmulatorTestResource.SECURITY_TOKEN;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * On AWS Lambda the Huawei credentials come from a Secrets Manager secret, read through the Parameters and Secrets
 * extension (here {@link FakeSecretsExtension}) once in each invocation: the configured secret key is one the
 * emulator refuses, so only the secret's keys can succeed.
 */
@QuarkusTest
@WithTestResource(value = EmulatorTestResource.class,
        initArgs = @ResourceArg(name = EmulatorTestResource.FUNCTION_SECRET_KEY, value = LambdaCredentialsSecretTest.CONFIGURED_SECRET_KEY))
@WithTestResource(FakeSecretsExtension.class)
class LambdaCredentialsSecretTest {

    static final String CONFIGURED_SECRET_KEY = "configured-secret-key-the-emulator-refuses";
    private static final String DRAIN = "fixtures/elb-members-drain.json";

    private final CapturedLog log = new CapturedLog();

    @BeforeEach
    void freshEmulatorAndSecret() {
        EmulatorControl.reset();
        putHuaweiSecret("{\"HUAWEICLOUD_SDK_AK\":\"" + ACCESS_KEY + "\",\"HUAWEICLOUD_SDK_SK\":\"" + SECRET_KEY
                + "\",\"HUAWEICLOUD_SDK_SECURITY_TOKEN\":\"" + SECURITY_TOKEN + "\"}");
        reads();
        log.start();
    }

    @AfterEach
    void stopCapture() {
        log.stop();
        given().post(control() + "/up").then().statusCode(204);
    }

    @Test
    void theFunctionSignsWithTheSecretsKeysReadOnceForTheInvocation() {
        JsonPath result = invoke(EmulatorControl.resource(DRAIN));

        assertEquals("SUCCEEDED", result.getString("status"), result::prettify);
        assertEquals(List.of(ACCESS_KEY), EmulatorControl.requests().stream().map(call -> call.get("accessKey")).toList());
        assertEquals(1, reads(), "the extension is asked once in the invocation");
    }

    @Test
    void aRotatedSecretSignsTheNextInvocationWithoutARedeploy() {
        String input = EmulatorControl.resource(DRAIN);
        assertEquals("SUCCEEDED", invoke(input).getString("status"));

        putHuaweiSecret("{\"HUAWEICLOUD_SDK_AK\":\"" + ROTATED_ACCESS_KEY + "\",\"HUAWEICLOUD_SDK_SK\":\""
                + ROTATED_SECRET_KEY + "\"}");
        JsonPath afterRotation = invoke(input);

        assertEquals("SUCCEEDED", afterRotation.getString("status"), afterRotation::prettify);
        assertEquals(List.of(ACCESS_KEY, ROTATED_ACCESS_KEY),
                EmulatorControl.requests().stream().map(call -> call.get("accessKey")).toList());
        assertEquals(2, reads(), "one read in each invocation");
    }

    @Test
    void withTheExtensionDownNoProviderIsCalledAndTheTargetsFailNamingTheSecret() {
        given().post(control() + "/down").then().statusCode(204);

        JsonPath result = invoke(EmulatorControl.resource(DRAIN));

        assertEquals("FAILED", result.getString("status"), result::prettify);
        assertEquals(List.of("FAILED", "FAILED"), result.getList("targets.status"));
        assertEquals("AUTH", result.getString("targets[0].error.category"));
        assertEquals("NODEBATCH.SECRET_UNREADABLE", result.getString("targets[0].error.code"));
        String message = result.getString("targets[0].error.message");
        assertTrue(message.contains(FakeSecretsExtension.HUAWEI_SECRET), message);
        assertTrue(message.contains("does not answer on localhost"), message);
        assertEquals(List.of(), EmulatorControl.requests(), "no provider call without credentials");
        String everything = result.prettify() + String.join("\n", log.lines());
        for (String secret : List.of(SECRET_KEY, CONFIGURED_SECRET_KEY, SECURITY_TOKEN, FakeSecretsExtension.AWS_TOKEN)) {
            assertFalse(everything.contains(secret), "a secret leaked into the result or a log line");
        }
    }

    @Test
    void aSecretWithoutTheKeysFailsBeforeAnyCallNamingTheMissingKeysNotTheValues() {
        putHuaweiSecret("{\"HUAWEICLOUD_SDK_AK\":\"" + ACCESS_KEY + "\",\"huawei_sk\":\"" + SECRET_KEY + "\"}");

        JsonPath result = invoke(EmulatorControl.resource(DRAIN));

        assertEquals("FAILED", result.getString("status"), result::prettify);
        assertEquals("NODEBATCH.NO_CREDENTIALS", result.getString("targets[0].error.code"));
        assertEquals("the secret " + FakeSecretsExtension.HUAWEI_SECRET + " has no HUAWEICLOUD_SDK_AK / "
                + "HUAWEICLOUD_SDK_SK (it has: HUAWEICLOUD_SDK_AK, huawei_sk)", result.getString("targets[0].error.message"));
        assertEquals(List.of(), EmulatorControl.requests());
        assertFalse((result.prettify() + String.join("\n", log.lines())).contains(SECRET_KEY));
    }

    private static JsonPath invoke(String input) {
        return given().contentType(ContentType.JSON).body(input)
                .post(ElbMembersUpdateLambdaTest.lambdaEvents()).then().statusCode(200).extract().jsonPath();
    }

    private static void putHuaweiSecret(String secretString) {
        given().queryParam("secretId", FakeSecretsExtension.HUAWEI_SECRET).body(secretString)
                .put(control() + "/secrets").then().statusCode(204);
    }

    /** How often the extension was asked since the last look. */
    private static int reads() {
        return Integer.parseInt(given().get(control() + "/reads").then().statusCode(200).extract().asString());
    }

    private static String control() {
        return ConfigProvider.getConfig().getValue("nodebatch.test.secrets-extension.control", String.class);
    }
}
