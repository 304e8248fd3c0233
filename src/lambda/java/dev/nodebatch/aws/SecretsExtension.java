package dev.nodebatch.aws;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.StoredSecret;

/**
 * The AWS Parameters and Secrets Lambda Extension (a layer): a local HTTP server that answers Secrets Manager's
 * GetSecretValue for the function's role and caches the answers. Asked with
 * {@code GET /secretsmanager/get?secretId=<id>} on {@code localhost:$PARAMETERS_SECRETS_EXTENSION_HTTP_PORT} (2773),
 * authenticated by the invocation's {@code AWS_SESSION_TOKEN} in {@code X-Aws-Parameters-Secrets-Token}. It
 * answers only while an invocation runs, so it is asked then, never while the function initializes (nor, with
 * SnapStart, before the snapshot). The token is looked up on each read, never kept.
 * <p>
 * A failure names the secret and what went wrong (the extension unreachable, its status, the shape of its
 * answer), never a value: not even a JSON parser's message, which may quote the text it could not read.
 */
@ApplicationScoped
public class SecretsExtension {

    static final String TOKEN_HEADER = "X-Aws-Parameters-Secrets-Token";
    /** Long enough for the extension to fetch from Secrets Manager on a cache miss; a call waits for nothing else. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    /** Enough of an error answer to say why (e.g. AccessDeniedException and the action), bounded for the result. */
    private static final int ERROR_TEXT_LIMIT = 300;

    private final Config config;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public SecretsExtension(Config config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    /**
     * The secret's {@code SecretString}, a JSON object of string values.
     *
     * @throws ProviderCallException AUTH, code {@code NODEBATCH.SECRET_UNREADABLE}, when it cannot be read
     */
    public StoredSecret read(String secretId) {
        int port = config.getOptionalValue("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", Integer.class).orElse(2773);
        Optional<String> token = config.getOptionalValue("AWS_SESSION_TOKEN", String.class).filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            throw unreadable(secretId, "AWS_SESSION_TOKEN is not set, which the extension needs (not on AWS Lambda?)");
        }
        URI uri = URI.create("http://localhost:" + port + "/secretsmanager/get?secretId="
                + URLEncoder.encode(secretId, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(READ_TIMEOUT).header(TOKEN_HEADER, token.get())
                .GET().build();
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw unreadable(secretId, "the Parameters and Secrets extension does not answer on localhost:" + port
                    + " (is its layer on the function?)");
        } catch (HttpTimeoutException e) {
            throw unreadable(secretId, "the Parameters and Secrets extension did not answer within " + READ_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw unreadable(secretId, "the Parameters and Secrets extension on localhost:" + port
                    + " could not be read: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreadable(secretId, "interrupted while reading it");
        }
        if (answer.statusCode() != 200) {
            throw unreadable(secretId, "the Parameters and Secrets extension answered HTTP " + answer.statusCode()
                    + errorText(answer.body()));
        }
        return new StoredSecret(secretId, values(secretId, answer.body()));
    }

    private Map<String, String> values(String secretId, byte[] body) {
        JsonNode secretString;
        try {
            secretString = mapper.readTree(body).path("SecretString");
        } catch (IOException e) {
            throw unreadable(secretId, "the extension's answer is not GetSecretValue JSON");
        }
        if (!secretString.isTextual()) {
            throw unreadable(secretId, "it has no SecretString (a binary secret?); it must be a JSON object of keys");
        }
        JsonNode keys;
        try {
            keys = mapper.readTree(secretString.textValue());
        } catch (IOException e) {
            throw unreadable(secretId, "its SecretString is not JSON; it must be a JSON object of keys");
        }
        if (keys == null || !keys.isObject()) {
            throw unreadable(secretId, "its SecretString is not a JSON object of keys");
        }
        Map<String, String> values = new HashMap<>();
        keys.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual()) {
                values.put(field.getKey(), field.getValue().textValue());
            }
        });
        return values;
    }

    /** The extension's error answer (AWS's error type and message, no secret value), shortened, on one line. */
    private static String errorText(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return "";
        }
        return ": " + (text.length() > ERROR_TEXT_LIMIT ? text.substring(0, ERROR_TEXT_LIMIT) + "…" : text);
    }

    static ProviderCallException unreadable(String secretId, String why) {
        return new ProviderCallException(ProviderError.of(ErrorCategory.AUTH, "NODEBATCH.SECRET_UNREADABLE",
                "the credentials secret " + secretId + " could not be read: " + why, null), null, false, null, null);
    }
}
