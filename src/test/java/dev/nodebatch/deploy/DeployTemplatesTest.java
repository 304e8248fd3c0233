package dev.nodebatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * deploy/azure and deploy/huawei route to exactly the functions the application exports ({@code GET /}), each
 * at {@code POST /<function>}, and their timers run exported functions.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class DeployTemplatesTest {

    @Test
    void everyAzureHttpFunctionIsAnExportedFunctionPostedAtItsOwnName() {
        Map<String, JsonNode> http = Deployments.azureFunctions("httpTrigger");
        assertEquals(exported(), new ArrayList<>(http.keySet()));
        http.forEach((name, metadata) -> {
            JsonNode trigger = binding(metadata, "httpTrigger");
            assertEquals(name, trigger.path("route").asText(), name);
            assertEquals(List.of("post"), texts(trigger.path("methods")), name);
            assertEquals("function", trigger.path("authLevel").asText(), name);
            assertEquals("http", binding(metadata, "http").path("type").asText(), name);
            assertEquals(2, metadata.path("bindings").size(), name + ": forwarding needs an HTTP trigger and output only");
        });
    }

    @Test
    void theAzureHostForwardsRequestsAsIsToTheStartScriptAtUnprefixedPaths() {
        JsonNode host = Deployments.read(Deployments.AZURE.resolve("host.json"));
        assertEquals("start.sh", host.path("customHandler").path("description").path("defaultExecutablePath").asText());
        assertTrue(host.path("customHandler").path("enableForwardingHttpRequest").asBoolean());
        assertEquals("", host.path("extensions").path("http").path("routePrefix").asText("missing"));
        assertTrue(Files.isExecutable(Deployments.AZURE.resolve("start.sh")));
        assertEquals("custom", Deployments.read(Deployments.AZURE.resolve("local.settings.json"))
                .path("Values").path("FUNCTIONS_WORKER_RUNTIME").asText());
    }

    @Test
    void everyAzureTimerRunsAnExportedFunction() {
        Map<String, JsonNode> timers = Deployments.azureFunctions("timerTrigger");
        assertTrue(!timers.isEmpty(), "deploy/azure has a timer example");
        List<String> exported = exported();
        timers.keySet().forEach(timer -> assertTrue(!exported.contains(timer), timer + " is not a function's name"));
        Deployments.exampleInputs().stream().filter(input -> input.file().startsWith(Deployments.AZURE))
                .forEach(input -> assertTrue(exported.contains(input.function()), input.toString()));
    }

    @Test
    void theFunctionGraphApisAreExactlyTheExportedFunctions() throws Exception {
        assertEquals(exported(), Deployments.terraformFunctions().stream().sorted().toList());
        String terraform = Files.readString(Deployments.HUAWEI.resolve("main.tf"));
        assertTrue(terraform.contains("request_method          = \"POST\""));
        assertTrue(terraform.contains("request_path            = \"/${each.value}\""));
        assertTrue(terraform.contains("runtime     = \"http\""));
        assertTrue(Files.isExecutable(Deployments.HUAWEI.resolve("bootstrap")));
    }

    @Test
    void everyFunctionGraphTimerRunsAnExportedFunctionWithAnExistingInput() {
        Map<String, Deployments.ExampleInput> schedules = Deployments.terraformSchedules();
        assertEquals(2, schedules.size(), schedules.toString());
        schedules.values().forEach(schedule -> {
            assertTrue(exported().contains(schedule.function()), schedule.toString());
            assertTrue(Files.isRegularFile(schedule.file()), schedule.toString());
            assertTrue(Deployments.exampleInputs().contains(schedule), schedule + " is checked by a dry run");
        });
    }

    /** The authoritative list: what the running application serves. */
    static List<String> exported() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        return RestAssured.given().port(port).get("/").then().statusCode(200).extract().jsonPath()
                .getList("functions.name", String.class);
    }

    private static JsonNode binding(JsonNode metadata, String type) {
        for (JsonNode binding : metadata.path("bindings")) {
            if (binding.path("type").asText().equals(type)) {
                return binding;
            }
        }
        throw new AssertionError("no " + type + " binding in " + metadata);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
