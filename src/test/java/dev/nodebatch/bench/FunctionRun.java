package dev.nodebatch.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The packaged function in a process of its own ({@code java [options] -jar <runner jar>}, started in the jar's
 * directory as the README documents), pointed at the emulator.
 */
final class FunctionRun implements AutoCloseable {

    static final String FUNCTION = "/huawei-elb-members-update";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ManagedProcess process;
    private final String url;

    private FunctionRun(ManagedProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts the function; returns once the process is started, not when it is ready.
     *
     * @param javaOptions JVM options before {@code -jar}, e.g. {@code -XX:AOTCache=app.aot}
     */
    static FunctionRun start(Path java, List<String> javaOptions, Path runnerJar, int port, String emulatorUrl,
            Map<String, String> credentials, Path log) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(runnerJar.getFileName().toString());
        Map<String, String> environment = new HashMap<>(credentials);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("NODEBATCH_HUAWEI_ENDPOINTS_ELB", emulatorUrl);
        return new FunctionRun(ManagedProcess.start(command, runnerJar.toAbsolutePath().getParent(), environment, log),
                "http://localhost:" + port + FUNCTION);
    }

    ManagedProcess process() {
        return process;
    }

    /**
     * Sends {@code input} as soon as the function accepts connections, retrying every 2 ms until then.
     *
     * @return the first answer
     */
    HttpResponse<String> firstAnswer(String input) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try {
                return Http.exchange("POST", url, input, Duration.ofSeconds(30));
            } catch (ConnectException notYetListening) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The function did not start; see " + process.log(), notYetListening);
                }
                sleep(2);
            }
        }
    }

    /** One invocation: the answer and how long it took, measured here, from sending to the last byte. */
    Invocation invoke(String input) throws IOException {
        byte[] body = input.getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        Http.Answer answer = Http.exchangeBytes(url, body, Duration.ofMinutes(15));
        long nanos = System.nanoTime() - started;
        if (answer.status() != 200) {
            throw new IllegalStateException("The function answered " + answer.status() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return new Invocation(nanos, Http.JSON.readTree(answer.body()));
    }

    record Invocation(long nanos, JsonNode result) {
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
