package dev.nodebatch.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for the AWS Parameters and Secrets Lambda Extension on a free port: {@code GET
 * /secretsmanager/get?secretId=<id>} with the AWS token in {@code X-Aws-Parameters-Secrets-Token} answers
 * Secrets Manager's GetSecretValue JSON for the secrets it holds; a wrong or missing token gets 401, an unknown
 * secret 400 with AWS's error type, as the extension passes on Secrets Manager's refusal. Points the application at
 * it ({@code PARAMETERS_SECRETS_EXTENSION_HTTP_PORT}, {@code AWS_SESSION_TOKEN}) and names {@value #HUAWEI_SECRET}
 * as the Huawei credentials secret.
 * <p>
 * Tests steer it over a control port of its own ({@code nodebatch.test.secrets-extension.control}): {@code PUT
 * /secrets?secretId=} sets a secret's SecretString, {@code POST /down} closes the extension's port (connections are
 * refused, as without the layer), {@code POST /up} opens it again, {@code GET /reads} counts the reads.
 */
public class FakeSecretsExtension implements QuarkusTestResourceLifecycleManager {

    public static final String HUAWEI_SECRET = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:nodebatch/huawei-TeStAb";
    public static final String AWS_TOKEN = "test-aws-token-not-a-real-one";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, String> secretStrings = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private HttpServer control;
    private HttpServer extension;
    private int port;

    @Override
    public Map<String, String> start() {
        extension = open(0);
        port = extension.getAddress().getPort();
        control = server(0);
        control.createContext("/secrets", exchange -> {
            String secretId = query(exchange, "secretId");
            secretStrings.put(secretId, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 204, "");
        });
        control.createContext("/down", exchange -> {
            synchronized (this) {
                if (extension != null) {
                    extension.stop(0);
                    extension = null;
                }
            }
            answer(exchange, 204, "");
        });
        control.createContext("/up", exchange -> {
            synchronized (this) {
                if (extension == null) {
                    extension = open(port);
                }
            }
            answer(exchange, 204, "");
        });
        control.createContext("/reads", exchange -> answer(exchange, 200, String.valueOf(reads.getAndSet(0))));
        control.start();
        return Map.of("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", String.valueOf(port),
                "AWS_SESSION_TOKEN", AWS_TOKEN,
                "nodebatch.huawei.credentials-secret", HUAWEI_SECRET,
                "nodebatch.test.secrets-extension.control", "http://localhost:" + control.getAddress().getPort());
    }

    private HttpServer open(int onPort) {
        HttpServer server = server(onPort);
        server.createContext("/secretsmanager/get", this::getSecretValue);
        server.start();
        return server;
    }

    private void getSecretValue(HttpExchange exchange) throws IOException {
        reads.incrementAndGet();
        if (!AWS_TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Aws-Parameters-Secrets-Token"))) {
            answer(exchange, 401, "{\"message\":\"missing or wrong X-Aws-Parameters-Secrets-Token\"}");
            return;
        }
        String secretId = query(exchange, "secretId");
        String secretString = secretId == null ? null : secretStrings.get(secretId);
        if (secretString == null) {
            answer(exchange, 400, "ResourceNotFoundException: Secrets Manager can't find the specified secret.");
            return;
        }
        answer(exchange, 200, mapper.writeValueAsString(Map.of("ARN", secretId, "Name", secretId,
                "SecretString", secretString, "VersionId", "00000000-0000-4000-8000-000000000001",
                "VersionStages", new String[] {"AWSCURRENT"}, "CreatedDate", "2026-11-25T09:00:00Z")));
    }

    private static HttpServer server(int onPort) {
        try {
            return HttpServer.create(new InetSocketAddress("localhost", onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public synchronized void stop() {
        if (extension != null) {
            extension.stop(0);
        }
        if (control != null) {
            control.stop(0);
        }
    }
}
