package dev.nodebatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The benchmark's one HTTP client (HTTP/1.1, kept-alive connections) and JSON mapper. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static JsonNode send(String method, String url, String body) throws IOException {
        HttpResponse<String> answer = exchange(method, url, body, Duration.ofMinutes(5));
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
    }

    static JsonNode sendUnchecked(String method, String url, String body) {
        try {
            return send(method, url, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IOException when no connection could be made, e.g. nothing listens yet */
    static HttpResponse<String> exchange(String method, String url, String body, Duration timeout) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    /**
     * An exchange of bytes as they are, for the timed invocations, over a plain {@link HttpURLConnection} (kept
     * alive): encoding the input and decoding the result are the benchmark's work, not the function's, and are
     * done outside the time measured; and this client reads a result of megabytes straight from the socket, where
     * {@link HttpClient} gathers it in small buffers on threads of its own.
     */
    static Answer exchangeBytes(String url, byte[] body, Duration timeout) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout((int) timeout.toMillis());
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(body.length);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return new Answer(status, in == null ? new byte[0] : in.readAllBytes());
        }
    }

    record Answer(int status, byte[] body) {
    }
}
