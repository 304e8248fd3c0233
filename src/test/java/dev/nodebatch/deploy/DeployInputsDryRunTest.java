package dev.nodebatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every example and scheduled input in deploy/ (AWS schedules, FunctionGraph timers, Azure timer functions) is
 * valid input to its function: each runs through the function as a dry run (options.dryRun forced on, its other
 * options kept, since they are part of what is checked) and is PLANNED target by target, never REJECTED.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class DeployInputsDryRunTest {

    static List<Deployments.ExampleInput> inputs() {
        return Deployments.exampleInputs();
    }

    /** Keeps the input's other options: they are part of what is checked. */
    static void forceDryRun(ObjectNode document) {
        ObjectNode options = document.get("options") instanceof ObjectNode given ? given : document.putObject("options");
        options.put("dryRun", true);
    }

    @Test
    void everyPlatformDeploysInputs() {
        for (var platform : List.of(Deployments.AWS, Deployments.AZURE, Deployments.HUAWEI)) {
            assertTrue(inputs().stream().anyMatch(input -> input.file().startsWith(platform)), platform.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void aDeployedInputRunAsADryRunIsPlannedTargetByTarget(Deployments.ExampleInput input) {
        ObjectNode document = (ObjectNode) Deployments.read(input.file());
        forceDryRun(document);
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);

        JsonPath result = RestAssured.given().port(port).contentType(ContentType.JSON).body(document.toString())
                .post("/" + input.function()).then().statusCode(200).extract().jsonPath();

        assertEquals("PLANNED", result.getString("status"), () -> input + ": " + result.prettify());
        assertEquals(input.function(), result.getString("operation"));
        assertEquals(List.of(), result.getList("errors"));
        int total = result.getInt("counts.total");
        assertTrue(total > 0, "an input names at least one target");
        assertEquals(total, result.getInt("counts.planned"));
    }
}
