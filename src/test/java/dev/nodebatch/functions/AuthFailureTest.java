package dev.nodebatch.functions;

import static dev.nodebatch.functions.ElbFleets.WEB_1;
import static dev.nodebatch.functions.ElbFleets.WEB_2;
import static dev.nodebatch.functions.ElbFleets.WEB_POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The functions sign with a secret key the provider does not accept. */
@QuarkusTest
@WithTestResource(value = EmulatorTestResource.class,
        initArgs = @ResourceArg(name = EmulatorTestResource.FUNCTION_SECRET_KEY, value = AuthFailureTest.WRONG_SECRET_KEY))
class AuthFailureTest {

    static final String WRONG_SECRET_KEY = "wrong-secret-key-for-the-auth-failure-test";

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @Test
    void anAuthFailureIsTriedExactlyOnceAndReportedAsAuth() {
        JsonPath result = ElbMembersUpdateTest.invoke(ElbFleets.weights(WEB_POOL, List.of(WEB_1, WEB_2), 0, "{}"));

        assertEquals("FAILED", result.getString("status"));
        assertEquals(List.of("FAILED", "FAILED"), result.getList("targets.status"));
        assertEquals("AUTH", result.getString("targets[0].error.category"));
        assertEquals("APIGW.0301", result.getString("targets[0].error.code"));
        assertEquals(401, result.getInt("targets[0].error.httpStatus"));
        assertEquals(false, result.getBoolean("targets[0].error.retryable"));
        assertEquals(1, result.getInt("targets[0].attempts"));
        assertEquals(1, EmulatorControl.requests().size(), "an AK/SK is locked after 5 bad signatures: never retry");
        assertEquals(10, ElbFleets.member(EmulatorControl.fleet(), WEB_POOL, WEB_1).get("weight"));
    }
}
