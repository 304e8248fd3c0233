package dev.nodebatch.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.EmulatorMain;

/** The provider emulator in a process of its own ({@link EmulatorMain}), driven over its control API. */
final class EmulatorRun implements AutoCloseable {

    private final ManagedProcess process;
    private final String url;

    private EmulatorRun(ManagedProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts the emulator in the stead of a provider's servers, which would not share the function's cores: with C1
     * only, its compilations take a fraction of what C2's would while the function is measured, and on two event
     * loops, one call's work does not hold back another call's answer.
     */
    static EmulatorRun start(Path java, int port, int members, Map<String, String> credentials, Path logs) {
        ManagedProcess process = ManagedProcess.startPiped(List.of(java.toString(), "-XX:TieredStopAtLevel=1",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", System.getProperty("java.class.path"), EmulatorMain.class.getName(),
                "--port", Integer.toString(port), "--members", Integer.toString(members), "--event-loops", "2"),
                Path.of("."), credentials, logs.resolve("emulator.log"));
        String line = process.awaitLine("listening on ");
        return new EmulatorRun(process, line.substring(line.indexOf("http")));
    }

    String url() {
        return url;
    }

    ManagedProcess process() {
        return process;
    }

    /** Every provider call answered {@code latencyMs} after it arrived; 0 for no added latency. */
    void latency(long latencyMs) {
        if (latencyMs == 0) {
            Http.sendUnchecked("DELETE", url + "/_emulator/faults", null);
        } else {
            Http.sendUnchecked("PUT", url + "/_emulator/faults",
                    "{\"rules\":[{\"operation\":\"*\",\"fault\":\"LATENCY\",\"latencyMs\":" + latencyMs + "}]}");
        }
    }

    /** The gateway's per-credential limit (burst = rate), 0 for none; every bucket starts full. */
    void rateLimit(int requestsPerSecond) {
        Http.sendUnchecked("PUT", url + "/_emulator/rate-limit",
                "{\"requestsPerSecond\":" + requestsPerSecond + ",\"burst\":" + requestsPerSecond + "}");
    }

    void forgetRequests() {
        Http.sendUnchecked("DELETE", url + "/_emulator/requests", null);
    }

    /** The provider calls answered since {@link #forgetRequests()}: how many, and how many were throttled (429). */
    Calls calls() {
        JsonNode requests = Http.sendUnchecked("GET", url + "/_emulator/requests", null).path("requests");
        int throttled = 0;
        for (JsonNode request : requests) {
            if (request.path("status").asInt() == 429) {
                throttled++;
            }
        }
        return new Calls(requests.size(), throttled);
    }

    record Calls(int sent, int throttled) {
    }

    @Override
    public void close() {
        process.close();
    }
}
