package dev.nodebatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Azure Functions app as the Functions host runs it: deploy/azure/package.sh lays out the app, its start
 * script starts the packaged runner jar on FUNCTIONS_CUSTOMHANDLER_PORT, and the host's two kinds of call are
 * answered there, against the provider emulator: an HTTP-triggered function's request forwarded as is, and a
 * timer-triggered function's invocation payload.
 */
class AzureCustomHandlerIT {

    private static final Path APP = Path.of("target", "azure-functions");
    private static final String WEB_POOL = "4b2a5ef0-8b3d-4c1e-9f6a-0a1b2c3d4e5f";
    private static final String WEB_2 = "9346ad28-5f3e-4b7c-8a21-2d4c6e8f0a02";
    private static final String WEB_3 = "94548801-7a6b-4c5d-8e9f-3a2b1c0d9e03";

    private static PackagedEmulator emulator;
    private static HostedApp app;

    @BeforeAll
    static void startTheFunctionApp() throws IOException, InterruptedException {
        Process packaging = new ProcessBuilder("deploy/azure/package.sh").redirectErrorStream(true).start();
        String output = new String(packaging.getInputStream().readAllBytes());
        if (packaging.waitFor() != 0) {
            fail("deploy/azure/package.sh failed: " + output);
        }
        emulator = new PackagedEmulator();
        int port = freePort();
        app = HostedApp.start(APP.resolve("start.sh"), Map.of("FUNCTIONS_CUSTOMHANDLER_PORT", String.valueOf(port),
                "JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS", emulator.javaOptions()), port,
                Path.of("target", "azure-custom-handler.log"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void theHandlerServesExactlyTheFunctionsTheAppDeclares() throws IOException, InterruptedException {
        assertEquals(new ArrayList<>(Deployments.azureFunctions("httpTrigger").keySet()), app.functionNames());
    }

    @Test
    void aForwardedDryRunAndRealCallReachTheProvider() throws IOException, InterruptedException {
        String weight = "{\"region\":\"eu-west-101\",\"projectId\":\"0123456789abcdef0123456789abcdef\",\"poolId\":\""
                + WEB_POOL + "\",\"members\":[{\"id\":\"" + WEB_3 + "\",\"weight\":7}]%s}";

        assertEquals("PLANNED", app.call("huawei-elb-members-update",
                weight.formatted(",\"options\":{\"dryRun\":true}")).path("status").asText());
        assertEquals(10, emulator.weight(WEB_POOL, WEB_3));

        assertEquals("SUCCEEDED", app.call("huawei-elb-members-update", weight.formatted("")).path("status").asText());
        assertEquals(7, emulator.weight(WEB_POOL, WEB_3));
    }

    @Test
    void aTimerInvocationRunsItsFunctionWithTheDeployedInput() throws IOException, InterruptedException {
        // the payload the Functions host sends a custom handler for a timer trigger named "timer"
        String invocation = "{\"Data\":{\"timer\":{\"Schedule\":{\"AdjustForDST\":true},\"ScheduleStatus\":null,"
                + "\"IsPastDue\":false}},\"Metadata\":{\"sys\":{\"MethodName\":\"elb-drain-nightly\","
                + "\"UtcNow\":\"2026-11-22T02:00:00.0042Z\",\"RandGuid\":\"0f8e2b1c-3d4a-4b5c-8d6e-7f8091a2b3c4\"}}}";

        HttpResponse<String> response = app.post("/elb-drain-nightly", invocation);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode result = HostedApp.JSON.readTree(response.body());
        assertTrue(result.path("Outputs").isObject(), response.body());
        assertTrue(result.path("Logs").get(0).asText().startsWith("huawei-elb-members-update: SUCCEEDED"),
                response.body());
        assertEquals(0, emulator.weight(WEB_POOL, WEB_2), "the deployed input drains web-2");
    }

    @Test
    void theStartScriptRefusesToStartOutsideTheFunctionsHost() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(APP.resolve("start.sh").toString()).redirectErrorStream(true);
        builder.environment().remove("FUNCTIONS_CUSTOMHANDLER_PORT");
        Process start = builder.start();
        String output = new String(start.getInputStream().readAllBytes());
        assertTrue(start.waitFor(10, TimeUnit.SECONDS));
        assertEquals(2, start.exitValue());
        assertTrue(output.contains("FUNCTIONS_CUSTOMHANDLER_PORT is not set"), output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
