package dev.nodebatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged application as a hosting platform starts it: through its start script, with the platform's
 * environment, as a process of its own whose output goes to a log file under target/. Stopped by {@link #close()}.
 */
final class HostedApp implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HostedApp(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Runs the script and waits until the application answers {@code GET /} on the port. */
    static HostedApp start(Path script, Map<String, String> environment, int port, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(script.toAbsolutePath().toString())
                .directory(script.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        HostedApp app = new HostedApp(builder.start(), log, URI.create("http://127.0.0.1:" + port));
        app.awaitAnswer();
        return app;
    }

    private void awaitAnswer() throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended with exit code " + process.exitValue()
                        + " before it answered; its output:\n" + Files.readString(log));
            }
            try {
                if (get("/").statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("The application did not answer within " + START_TIMEOUT + "; its output:\n"
                + Files.readString(log));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the input to the function and reads the batch result, which must come with HTTP 200. */
    JsonNode call(String function, String input) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/" + function, input);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    List<String> functionNames() throws IOException, InterruptedException {
        return JSON.readTree(get("/").body()).path("functions").findValuesAsText("name");
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
