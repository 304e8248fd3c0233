package dev.nodebatch.functions;

import static dev.nodebatch.functions.ElbFleets.WEB_1;
import static dev.nodebatch.functions.ElbFleets.WEB_2;
import static dev.nodebatch.functions.ElbFleets.WEB_POOL;
import static dev.nodebatch.functions.HttpBinding.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The function end to end through its HTTP binding. {@link PackagedFunctionIT} runs the same against the
 * packaged application (the JVM jar, or the native binary with {@code -Dnative}).
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class PackagedFunctionTest {

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @Test
    void aSignedRealRunChangesTheFleetAndReportsEveryMember() {
        JsonPath result = given().contentType(ContentType.JSON)
                .body(ElbFleets.weights(WEB_POOL, List.of(WEB_1, WEB_2), 0, "{}"))
                .post("/huawei-elb-members-update").then().statusCode(200).extract().jsonPath();

        assertEquals("SUCCEEDED", result.getString("status"));
        assertEquals(List.of(0, 0), result.getList("targets.state.weight"));
        assertEquals(0, ElbFleets.member(EmulatorControl.fleet(), WEB_POOL, WEB_2).get("weight"));
    }

    @Test
    void badInputIsRejectedWithEveryViolationAndNoProviderCall() {
        JsonPath result = given().contentType(ContentType.JSON)
                .body(ElbFleets.weights(WEB_POOL, List.of(WEB_1, WEB_1), 101, "{\"maxErrors\":\"x\"}"))
                .post("/huawei-elb-members-update").then().statusCode(200).extract().jsonPath();

        assertEquals("REJECTED", result.getString("status"));
        assertEquals(List.of("options.maxErrors", "members[0].weight", "members[1].weight", "members[1].id"),
                result.getList("errors.path"));
        assertEquals(List.of(), EmulatorControl.requests());
    }

    @Test
    void malformedJsonIsAnswered400WithARejectedResult() {
        given().contentType(ContentType.JSON).body("{\"members\": [").post("/huawei-elb-members-update")
                .then().statusCode(400).contentType(ContentType.JSON);
    }
}
