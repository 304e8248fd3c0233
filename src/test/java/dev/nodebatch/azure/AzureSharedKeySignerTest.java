package dev.nodebatch.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.microsoft.azure.batch.auth.BatchSharedKeyCredentials;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Checks {@link AzureSharedKeySigner} against the official Azure Batch Java SDK signer
 * ({@code BatchSharedKeyCredentials} of {@code com.microsoft.azure:azure-batch:11.2.0}, the interceptor it
 * installs into the SDK's OkHttp client), on generated requests.
 * <p>
 * One known difference is kept out of the generated queries: the SDK decodes the query twice (OkHttp's
 * {@code query()} is already decoded), so a value with an encoded {@code %} or {@code +} signs differently there;
 * our signer decodes once, as the string to sign is defined.
 */
class AzureSharedKeySignerTest {

    // Obviously fake test keys (Base64 of readable text).
    private static final String KEY = Base64.getEncoder()
            .encodeToString("fake-batch-account-key-for-unit-tests-only".getBytes(StandardCharsets.UTF_8));
    private static final String OTHER_KEY = Base64.getEncoder()
            .encodeToString("another-fake-batch-account-key-for-tests".getBytes(StandardCharsets.UTF_8));

    private static final String[] METHODS = { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD" };
    private static final String[] ACCOUNTS = { "batchaccount", "MyBatchAccount", "demo01" };
    private static final String[] HOSTS = { "https://%s.eastus2.batch.azure.com", "https://%s.westeurope.batch.azure.com",
            "https://%s.chinanorth2.batch.chinacloudapi.cn", "http://localhost:8089" };
    private static final String[] SEGMENTS = { "pools", "nodes", "reimage", "tvm-1234567890_1-20260101t000000z",
            "pool_01", "my pool", "a~b", "x.y", "café", "node-1", "p(1)", "a:b", "comma,list", "dollar$", "quote'" };
    private static final String[] QUERY_NAMES = { "api-version", "$select", "$filter", "maxresults", "timeout",
            "timeOut", "$expand", "Custom-Name" };
    private static final String[] QUERY_VALUES = { "2023-11-01.18.0", "id,state", "state eq 'idle'", "1000", "30",
            "", "a/b?c", "café", "x:y", "(state eq 'running') or (state eq 'idle')" };
    private static final String[] CONTENT_TYPES = { "application/json; odata=minimalmetadata; charset=utf-8",
            "application/json;charset=UTF-8", "text/plain" };
    private static final String[][] OPTIONAL_HEADERS = { { "client-request-id", "0f8fad5b-d9cb-469f-a165-70867728950e" },
            { "return-client-request-id", "true" }, { "ocp-custom", "  leading spaces kept out" },
            { "Ocp-Mixed-Case", "value" }, { "If-Match", "\"0x8D4B8C4\"" },
            { "If-Modified-Since", "Tue, 05 Jan 2027 08:00:00 GMT" }, { "Content-Language", "en-US" },
            { "Content-Encoding", "identity" }, { "Range", "bytes=0-99" }, { "Content-MD5", "Q2hlY2sgSW50ZWdyaXR5IQ==" },
            { "x-ms-not-signed", "ignored" } };

    @Test
    @DisplayName("the signature matches the official Batch SDK signer on 500 generated requests")
    void matchesOfficialSigner() {
        Random random = new Random(20261125);
        for (int i = 0; i < 500; i++) {
            Request request = randomRequest(random);
            String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
            String official = officialAuthorization(request, account, KEY);
            String ours = ourAuthorization(request, account, KEY);
            assertEquals(official, ours, () -> "request " + request + " with headers " + request.headers());
        }
    }

    @Test
    @DisplayName("a reimage call signs like the official signer, and the account keeps its case only in the header")
    void reimageCall() {
        Request request = new Request.Builder()
                .url("https://MyBatchAccount.eastus2.batch.azure.com/pools/pool-1/nodes/tvm-1/reimage?api-version=2023-11-01.18.0")
                .header(AzureSharedKeySigner.DATE_HEADER, AzureSharedKeySigner.date(Instant.parse("2026-11-25T07:00:00Z")))
                .post(RequestBody.create("{\"nodeReimageOption\":\"requeue\"}".getBytes(StandardCharsets.UTF_8),
                        MediaType.get("application/json; odata=minimalmetadata; charset=utf-8")))
                .build();
        String ours = ourAuthorization(request, "MyBatchAccount", KEY);
        assertEquals(officialAuthorization(request, "MyBatchAccount", KEY), ours);
        assertTrue(ours.startsWith("SharedKey MyBatchAccount:"), ours);
        assertTrue(stringToSign(request).contains("\n/mybatchaccount/pools/pool-1/nodes/tvm-1/reimage\napi-version:2023-11-01.18.0"),
                stringToSign(request));
    }

    @Test
    @DisplayName("every signed part changes the signature: verb, body length, date, path, query, key")
    void signedPartsMatter() {
        Request base = new Request.Builder().url("https://a.b.batch.azure.com/pools/p/nodes?api-version=1&$select=id")
                .header(AzureSharedKeySigner.DATE_HEADER, "Wed, 25 Nov 2026 07:00:00 GMT").get().build();
        String signature = ourAuthorization(base, "a", KEY);
        assertNotEquals(signature, ourAuthorization(base.newBuilder().delete().build(), "a", KEY));
        assertNotEquals(signature, ourAuthorization(
                base.newBuilder().header(AzureSharedKeySigner.DATE_HEADER, "Wed, 25 Nov 2026 07:00:01 GMT").build(), "a", KEY));
        assertNotEquals(signature, ourAuthorization(
                base.newBuilder().url("https://a.b.batch.azure.com/pools/q/nodes?api-version=1&$select=id").build(), "a", KEY));
        assertNotEquals(signature, ourAuthorization(
                base.newBuilder().url("https://a.b.batch.azure.com/pools/p/nodes?api-version=1&$select=id,state").build(), "a", KEY));
        assertNotEquals(signature, ourAuthorization(base, "a", OTHER_KEY));
        assertEquals(signature, ourAuthorization(base.newBuilder().header("client-request-id", "x").build(), "a", KEY),
                "client-request-id is not signed");
    }

    @Test
    @DisplayName("a key that is not Base64 is refused without echoing it")
    void keyMustBeBase64() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new AzureSharedKey("account", "not base64 at all!"));
        assertTrue(!refused.getMessage().contains("not base64 at all!"), refused.getMessage());
        assertTrue(!new AzureSharedKey("account", KEY).toString().contains(KEY));
    }

    private static Request randomRequest(Random random) {
        String method = METHODS[random.nextInt(METHODS.length)];
        String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)].toLowerCase();
        StringBuilder url = new StringBuilder(String.format(HOSTS[random.nextInt(HOSTS.length)], account));
        for (int s = 0, n = 1 + random.nextInt(5); s < n; s++) {
            url.append('/').append(encode(SEGMENTS[random.nextInt(SEGMENTS.length)]));
        }
        StringJoiner query = new StringJoiner("&");
        List<String> names = new ArrayList<>(List.of(QUERY_NAMES));
        for (int q = 0, n = random.nextInt(4); q < n; q++) {
            String name = names.remove(random.nextInt(names.size()));
            query.add(encode(name) + "=" + encode(QUERY_VALUES[random.nextInt(QUERY_VALUES.length)]));
        }
        if (query.length() > 0) {
            url.append('?').append(query);
        }
        Request.Builder builder = new Request.Builder().url(url.toString())
                .header(AzureSharedKeySigner.DATE_HEADER, AzureSharedKeySigner.date(
                        Instant.parse("2026-11-25T07:00:00Z").plusSeconds(random.nextInt(100_000))));
        for (String[] header : OPTIONAL_HEADERS) {
            if (random.nextInt(4) == 0) {
                builder.header(header[0], header[1]);
            }
        }
        RequestBody body = null;
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            String text = random.nextInt(5) == 0 ? "" : "{\"nodeReimageOption\":\"requeue\",\"note\":\"café " + i(random) + "\"}";
            body = RequestBody.create(text.getBytes(StandardCharsets.UTF_8),
                    MediaType.get(CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]));
        } else if (method.equals("DELETE") && random.nextBoolean()) {
            body = RequestBody.create(new byte[0], null);
        }
        return builder.method(method, body).build();
    }

    private static int i(Random random) {
        return random.nextInt(1_000_000);
    }

    private static String officialAuthorization(Request request, String account, String key) {
        OkHttpClient.Builder client = new OkHttpClient.Builder();
        new BatchSharedKeyCredentials("https://unused.example", account, key).applyCredentialsFilter(client);
        Interceptor interceptor = client.interceptors().get(0);
        AtomicReference<Request> signed = new AtomicReference<>();
        Interceptor.Chain chain = (Interceptor.Chain) Proxy.newProxyInstance(Interceptor.Chain.class.getClassLoader(),
                new Class<?>[] { Interceptor.Chain.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "request" -> request;
                    case "proceed" -> {
                        signed.set((Request) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        try {
            interceptor.intercept(chain);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return signed.get().header("Authorization");
    }

    private static String ourAuthorization(Request request, String account, String key) {
        return AzureSharedKeySigner.authorization(new AzureSharedKey(account, key), stringToSign(request, account));
    }

    private static String stringToSign(Request request) {
        return stringToSign(request, "MyBatchAccount");
    }

    /** The request as our client hands it to the signer: its headers, Content-Length and Content-Type of the body. */
    private static String stringToSign(Request request, String account) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().names().forEach(name -> headers.put(name, request.header(name)));
        if (request.body() != null) {
            headers.put("Content-Length", Long.toString(bodyLength(request.body())));
            if (request.header("Content-Type") == null && request.body().contentType() != null) {
                headers.put("Content-Type", request.body().contentType().toString());
            }
        }
        return AzureSharedKeySigner.stringToSign(request.method(), headers, account, request.url().uri().getRawPath(),
                request.url().encodedQuery());
    }

    private static long bodyLength(RequestBody body) {
        try {
            return body.contentLength();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
