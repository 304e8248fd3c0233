package dev.nodebatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every example and scheduled input in deploy/azure and deploy/huawei is valid input to its function: each runs
 * through the function as a dry run (options.dryRun forced on) and is PLANNED, not REJECTED.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class DeployInputsDryRunTest {

    /** Keeps the input's other options: they are part of what is checked. */
    static void forceDryRun(ObjectNode document) {
        ObjectNode options = document.get("options") instanceof ObjectNode given ? given : document.putObject("options");
        options.put("dryRun", true);
    }

    @Test
    void everyDeployedInputIsPlannedByItsFunction() {
        List<Deployments.ExampleInput> inputs = Deployments.exampleInputs();
        assertTrue(inputs.size() >= 3, inputs.toString());
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        for (Deployments.ExampleInput input : inputs) {
            ObjectNode document = (ObjectNode) Deployments.read(input.file());
            forceDryRun(document);

            JsonPath result = RestAssured.given().port(port).contentType(ContentType.JSON).body(document.toString())
                    .post("/" + input.function()).then().statusCode(200).extract().jsonPath();

            assertEquals("PLANNED", result.getString("status"), input + ": " + result.prettify());
        }
    }
}
