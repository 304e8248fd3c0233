package dev.nodebatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The FunctionGraph code package as FunctionGraph runs it: deploy/huawei/package.sh builds the zip, its
 * {@code bootstrap} starts the packaged runner jar on port 8000, and the functions answer there, against the
 * provider emulator. The timer relay runs the scheduled input through the same port.
 */
class FunctionGraphBootstrapIT {

    private static final int FUNCTIONGRAPH_PORT = 8000;
    private static final Path TARGET = Path.of("target");
    private static final Path PACKAGE = TARGET.resolve("functiongraph-run");
    private static final String WEB_POOL = "4b2a5ef0-8b3d-4c1e-9f6a-0a1b2c3d4e5f";
    private static final String WEB_1 = "61da8098-0c2f-4e1a-9d55-1f0e8a7b6c01";

    private static PackagedEmulator emulator;
    private static HostedApp app;

    @BeforeAll
    static void startTheCodePackage() throws IOException, InterruptedException {
        requireFree(FUNCTIONGRAPH_PORT);
        run(Path.of("").toAbsolutePath(), "deploy/huawei/package.sh");
        Deployments.deleteTree(PACKAGE);
        Files.createDirectories(PACKAGE);
        run(PACKAGE, "unzip", "-q", "../functiongraph.zip");
        emulator = new PackagedEmulator();
        app = HostedApp.start(PACKAGE.resolve("bootstrap"), Map.of("JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS", emulator.javaOptions()), FUNCTIONGRAPH_PORT, TARGET.resolve("functiongraph-bootstrap.log"));
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
    void theZipKeepsBootstrapExecutableAtItsRoot() throws IOException {
        assertTrue(Files.getPosixFilePermissions(PACKAGE.resolve("bootstrap")).contains(PosixFilePermission.OWNER_EXECUTE));
        assertTrue(Files.isRegularFile(PACKAGE.resolve("nodebatch-0.1.0-SNAPSHOT-runner.jar")));
        assertTrue(Files.isDirectory(PACKAGE.resolve("lib")));
    }

    @Test
    void bootstrapServesEveryFunctionOnPort8000() throws IOException, InterruptedException {
        assertEquals(Deployments.terraformFunctions(), app.functionNames());
        assertTrue(app.log().contains("127.0.0.1:8000"), "listens on the address and port FunctionGraph calls");
    }

    @Test
    void aDryRunAndARealCallReachTheProvider() throws IOException, InterruptedException {
        String drain = "{\"region\":\"eu-west-101\",\"projectId\":\"0123456789abcdef0123456789abcdef\",\"poolId\":\""
                + WEB_POOL + "\",\"members\":[{\"id\":\"" + WEB_1 + "\",\"weight\":3}]%s}";

        JsonNode planned = app.call("huawei-elb-members-update", drain.formatted(",\"options\":{\"dryRun\":true}"));
        assertEquals("PLANNED", planned.path("status").asText());
        assertEquals(10, emulator.weight(WEB_POOL, WEB_1));

        JsonNode applied = app.call("huawei-elb-members-update", drain.formatted(""));
        assertEquals("SUCCEEDED", applied.path("status").asText(), applied.toString());
        assertEquals(3, emulator.weight(WEB_POOL, WEB_1));
    }

    @Test
    void theTimerRelayRunsAScheduledInputThroughTheFunctionsApi() throws IOException, InterruptedException {
        ObjectNode input = (ObjectNode) HostedApp.JSON.readTree(
                Path.of("deploy/huawei/examples/huawei-elb-members-update/drain-nightly.json").toFile());
        DeployInputsDryRunTest.forceDryRun(input);
        // the TIMER event as FunctionGraph delivers it; user_event is what main.tf writes
        ObjectNode event = HostedApp.JSON.createObjectNode().put("version", "v1.0").put("trigger_type", "TIMER")
                .put("trigger_name", "elb-drain-nightly").put("time", "2026-11-22T02:00:00+00:00")
                .put("user_event", HostedApp.JSON.createObjectNode().put("function", "huawei-elb-members-update")
                        .set("input", input).toString());

        String summary = relay(event.toString());

        JsonNode result = HostedApp.JSON.readTree(summary);
        assertEquals("huawei-elb-members-update", result.path("function").asText());
        assertEquals("PLANNED", result.path("status").asText(), summary);
    }

    @Test
    void theTimerRelayFailsARunTheFunctionRefused() throws IOException, InterruptedException {
        String event = HostedApp.JSON.createObjectNode().put("trigger_type", "TIMER")
                .put("user_event", "{\"function\":\"huawei-elb-members-update\",\"input\":{\"region\":\"x\"}}")
                .toString();

        Process relay = relayProcess(event);
        String output = new String(relay.getInputStream().readAllBytes());
        assertTrue(relay.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, relay.exitValue(), output);
        assertTrue(output.contains("refused the scheduled input"), output);
    }

    private static String relay(String event) throws IOException, InterruptedException {
        Process relay = relayProcess(event);
        String output = new String(relay.getInputStream().readAllBytes());
        assertTrue(relay.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, relay.exitValue(), output);
        return output.lines().reduce((first, last) -> last).orElseThrow();
    }

    /** The relay's handler under python3, as FunctionGraph's Python runtime calls it, pointed at port 8000. */
    private static Process relayProcess(String event) throws IOException {
        String script = "import json, sys; sys.path.insert(0, 'deploy/huawei/timer-relay'); import index\n"
                + "try:\n    print(json.dumps(index.handler(json.loads(sys.argv[1]), None)))\n"
                + "except Exception as e:\n    print(e); sys.exit(1)\n";
        ProcessBuilder builder = new ProcessBuilder("python3", "-c", script, event).redirectErrorStream(true);
        builder.environment().putAll(Map.of("NODEBATCH_API_URL", "http://127.0.0.1:" + FUNCTIONGRAPH_PORT,
                "NODEBATCH_APP_CODE", "test-app-code-not-a-real-one", "NODEBATCH_TIMEOUT_SECONDS", "30"));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IOException("python3 runs the FunctionGraph timer relay's test and is not installed", e);
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            fail("Port " + port + " is taken, and FunctionGraph's bootstrap must serve there: stop what listens on "
                    + port + " (ss -ltnp | grep :" + port + ") and run the integration tests again");
        }
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toAbsolutePath().toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            fail(String.join(" ", command) + " failed: " + output);
        }
    }
}
