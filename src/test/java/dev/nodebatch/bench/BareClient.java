package dev.nodebatch.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.nodebatch.emulator.DemoFleet;
import dev.nodebatch.emulator.LargePool;
import dev.nodebatch.huawei.HuaweiCredentials;
import dev.nodebatch.huawei.HuaweiSigner;

/**
 * The floor any client meets on this machine: a fan-out case's calls made by the leanest client there is, in this
 * JVM. Its bodies are written before the clock starts, {@code concurrency} threads send them over blocking
 * {@code HttpURLConnection}s, signed, and read the answers as bytes without parsing them. No input, no validation,
 * no result: what remains is the round trips through the loopback, the emulator and the threads' wake-ups.
 */
final class BareClient {

    private static final int WARM_UP_ROUNDS = 100;
    private static final int MEASURED_ROUNDS = 31;

    private BareClient() {
    }

    /** @return the median seconds of one round of {@code fanOut}'s calls (no rate limit), after the warm-up */
    static double seconds(FanOut fanOut, EmulatorRun emulator, HuaweiCredentials credentials) {
        List<byte[]> bodies = new ArrayList<>();
        for (int call = 0; call < fanOut.calls(); call++) {
            StringBuilder body = new StringBuilder("{\"members\":[");
            int first = call * FanOut.MEMBERS_PER_CALL;
            for (int n = first; n < Math.min(fanOut.members(), first + FanOut.MEMBERS_PER_CALL); n++) {
                body.append(n == first ? "" : ",").append("{\"id\":\"").append(LargePool.memberId(n))
                        .append("\",\"weight\":3}");
            }
            bodies.add(body.append("]}").toString().getBytes(StandardCharsets.UTF_8));
        }
        URI uri = URI.create(emulator.url() + "/v3/" + DemoFleet.PROJECT_ID + "/elb/pools/" + LargePool.ID
                + "/members/batch-update");
        emulator.latency(fanOut.latencyMs());
        ExecutorService threads = Executors.newFixedThreadPool(fanOut.concurrency());
        try {
            double[] measured = new double[MEASURED_ROUNDS];
            for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
                double seconds = round(bodies, uri, credentials, fanOut.concurrency(), threads);
                if (round >= WARM_UP_ROUNDS) {
                    measured[round - WARM_UP_ROUNDS] = seconds;
                }
            }
            Arrays.sort(measured);
            return measured[measured.length / 2];
        } finally {
            threads.shutdown();
            emulator.latency(0);
        }
    }

    private static double round(List<byte[]> bodies, URI uri, HuaweiCredentials credentials, int concurrency,
            ExecutorService threads) {
        Queue<byte[]> pending = new ConcurrentLinkedQueue<>(bodies);
        long started = System.nanoTime();
        List<Future<?>> senders = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            senders.add(threads.submit(() -> {
                for (byte[] body = pending.poll(); body != null; body = pending.poll()) {
                    send(uri, body, credentials);
                }
            }));
        }
        for (Future<?> sender : senders) {
            try {
                sender.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("A bare-client call failed", e.getCause());
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static void send(URI uri, byte[] body, HuaweiCredentials credentials) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json;charset=UTF-8");
        headers.put("Host", uri.getRawAuthority());
        headers.putAll(HuaweiSigner.sign("POST", uri.getRawPath(), Map.of(), headers, body, credentials, Instant.now()));
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            headers.forEach(connection::setRequestProperty);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            byte[] answer = (status / 100 == 2 ? connection.getInputStream() : connection.getErrorStream()).readAllBytes();
            if (status != 200) {
                throw new IllegalStateException("HTTP " + status + ": " + new String(answer, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
