package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.RunningEmulator.json;
import static dev.nodebatch.emulator.RunningEmulator.poll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.azure.batch.auth.BatchSharedKeyCredentials;

import dev.nodebatch.azure.AzureSharedKey;
import dev.nodebatch.azure.AzureSharedKeySigner;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import io.vertx.core.Vertx;

/** The emulated Azure Batch account: Shared Key and Entra ID authentication, node reads and reimage. */
class AzureBatchNodesTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    static final String API_VERSION = "2023-11-01.18.0";
    static final String RENDER_POOL = "render-pool";
    static final String IDLE_NODE = "tvm-3219384210_1-20261120t091500z";
    static final String BUSY_NODE = "tvm-3219384210_3-20261120t091500z";
    static final String FAILED_NODE = "tvm-3219384210_4-20261120t091500z";
    static final String UNUSABLE_NODE = "tvm-3219384210_5-20261120t091500z";
    static final AzureSharedKey KEY = new AzureSharedKey(EmulatorTestResource.AZURE_BATCH_ACCOUNT,
            EmulatorTestResource.AZURE_BATCH_KEY);

    @Test
    @DisplayName("a node read signed with the account's Shared Key answers the node and Batch's headers")
    void getNode() {
        HttpResponse<String> response = batch("GET", nodePath(RENDER_POOL, IDLE_NODE), Map.of(), null, KEY);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode node = json(response);
        assertEquals(IDLE_NODE, node.path("id").asText());
        assertEquals("idle", node.path("state").asText());
        assertTrue(response.headers().firstValue("request-id").orElseThrow()
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    @DisplayName("the official Batch SDK signer's requests are accepted, so the check reads requests as the service does")
    void officialSignerIsAccepted() throws Exception {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        new BatchSharedKeyCredentials(emulator.url(), EmulatorTestResource.AZURE_BATCH_ACCOUNT,
                EmulatorTestResource.AZURE_BATCH_KEY).applyCredentialsFilter(builder);
        OkHttpClient client = builder.build();
        Request list = new Request.Builder().url(emulator.url() + "/pools/" + RENDER_POOL
                + "/nodes?api-version=" + API_VERSION + "&$select=id,state&$filter=" + encode("state eq 'idle'")).get().build();
        Request reimage = new Request.Builder().url(emulator.url() + nodePath(RENDER_POOL, IDLE_NODE) + "/reimage?api-version="
                + API_VERSION + "&timeout=30").header("client-request-id", "0f8fad5b-d9cb-469f-a165-70867728950e")
                .post(RequestBody.create("{\"nodeReimageOption\":\"terminate\"}".getBytes(StandardCharsets.UTF_8),
                        MediaType.get("application/json; odata=minimalmetadata; charset=utf-8"))).build();

        try (Response listed = client.newCall(list).execute(); Response reimaged = client.newCall(reimage).execute()) {
            assertEquals(200, listed.code(), listed.body().string());
            assertEquals(202, reimaged.code(), reimaged.body().string());
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @Test
    @DisplayName("a wrong key, a changed path, a stale date and a missing header are refused with AuthenticationFailed")
    void sharedKeyRefusals() {
        AzureSharedKey wrongKey = new AzureSharedKey(EmulatorTestResource.AZURE_BATCH_ACCOUNT, "d3Jvbmcta2V5LWZvci10ZXN0cw==");
        assertRefused(batch("GET", nodePath(RENDER_POOL, IDLE_NODE), Map.of(), null, wrongKey), "AuthenticationFailed",
                "MAC signature");

        HttpRequest.Builder tampered = signed("GET", nodePath(RENDER_POOL, IDLE_NODE), Map.of(), null, KEY, Instant.now());
        tampered.uri(URI.create(emulator.url() + nodePath(RENDER_POOL, BUSY_NODE) + "?api-version=" + API_VERSION));
        assertRefused(emulator.send(tampered), "AuthenticationFailed", "MAC signature");

        assertRefused(emulator.send(signed("GET", nodePath(RENDER_POOL, IDLE_NODE), Map.of(), null, KEY,
                Instant.now().minus(Duration.ofMinutes(16)))), "AuthenticationFailed", "15 minutes");
        assertRefused(emulator.send(emulator.request("GET", nodePath(RENDER_POOL, IDLE_NODE),
                Map.of("api-version", List.of(API_VERSION)), null)), "AuthenticationFailed", "missing");
        AzureSharedKey otherAccount = new AzureSharedKey("otheraccount", EmulatorTestResource.AZURE_BATCH_KEY);
        assertRefused(batch("GET", nodePath(RENDER_POOL, IDLE_NODE), Map.of(), null, otherAccount), "AuthenticationFailed",
                "otheraccount");
    }

    @Test
    @DisplayName("a token from the Entra endpoint is accepted; a foreign token is refused with InvalidAuthenticationInfo")
    void bearerTokens() {
        HttpResponse<String> issued = token(EmulatorTestResource.ENTRA_TENANT, EmulatorTestResource.ENTRA_CLIENT,
                EmulatorTestResource.ENTRA_SECRET, "https://batch.core.windows.net//.default");
        assertEquals(200, issued.statusCode(), issued.body());
        assertEquals("Bearer", json(issued).path("token_type").asText());
        assertEquals(3599, json(issued).path("expires_in").asInt());
        String token = json(issued).path("access_token").asText();

        assertEquals(200, emulator.send(bearer(nodePath(RENDER_POOL, IDLE_NODE), token)).statusCode());
        HttpResponse<String> foreign = emulator.send(bearer(nodePath(RENDER_POOL, IDLE_NODE), "eyJhbGciOi.forged.token"));
        assertRefused(foreign, "InvalidAuthenticationInfo", "not issued");
        assertTrue(foreign.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer "));
    }

    @Test
    @DisplayName("the token endpoint refuses a wrong secret, an unknown tenant or client, another scope and another grant")
    void tokenRefusals() {
        String tenant = EmulatorTestResource.ENTRA_TENANT;
        String client = EmulatorTestResource.ENTRA_CLIENT;
        String scope = "https://batch.core.windows.net//.default";
        assertOAuthError(token(tenant, client, "wrong-secret", scope), 401, "invalid_client", "AADSTS7000215");
        assertOAuthError(token("99999999-2222-4333-8444-555555555555", client, EmulatorTestResource.ENTRA_SECRET, scope),
                400, "invalid_request", "AADSTS90002");
        assertOAuthError(token(tenant, "99999999-7777-4888-9999-000000000000", EmulatorTestResource.ENTRA_SECRET, scope),
                400, "unauthorized_client", "AADSTS700016");
        assertOAuthError(token(tenant, client, EmulatorTestResource.ENTRA_SECRET, "https://management.azure.com//.default"),
                400, "invalid_scope", "AADSTS");
        HttpResponse<String> password = emulator.send(HttpRequest.newBuilder(URI.create(emulator.url() + "/" + tenant
                + "/oauth2/v2.0/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=" + client)));
        assertOAuthError(password, 400, "unsupported_grant_type", "AADSTS70003");
    }

    @Test
    @DisplayName("an expired token is refused: Lifetime validation failed")
    void expiredToken() throws InterruptedException {
        Vertx vertx = Vertx.vertx();
        try (ProviderEmulator shortLived = new ProviderEmulator(vertx, EmulatorSettings.withDemoFleet(Map.of())
                .withAzure(EmulatorTestResource.azureAccess().withTokenLifetime(Duration.ofSeconds(1))))) {
            RunningEmulator own = new RunningEmulator("http://localhost:" + shortLived.start(0));
            String token = json(own.send(tokenRequest(own.url(), EmulatorTestResource.ENTRA_TENANT,
                    EmulatorTestResource.ENTRA_CLIENT, EmulatorTestResource.ENTRA_SECRET,
                    "https://batch.core.windows.net//.default"))).path("access_token").asText();
            assertEquals(200, own.send(bearer(own.url(), nodePath(RENDER_POOL, IDLE_NODE), token)).statusCode());

            Thread.sleep(1100);

            assertRefused(own.send(bearer(own.url(), nodePath(RENDER_POOL, IDLE_NODE), token)), "InvalidAuthenticationInfo",
                    "expired");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    @DisplayName("a reimage answers 202 without a body; the node is reimaging, then idle after the pool's duration")
    void reimageMovesThroughReimaging() {
        reimageDuration(RENDER_POOL, 400);

        HttpResponse<String> response = reimage(RENDER_POOL, IDLE_NODE, "{\"nodeReimageOption\":\"requeue\"}");

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("", response.body());
        assertTrue(response.headers().firstValue("request-id").isPresent());
        assertTrue(response.headers().firstValue("ETag").isPresent());
        assertEquals("reimaging", node(RENDER_POOL, IDLE_NODE).path("state").asText());
        JsonNode after = poll(() -> node(RENDER_POOL, IDLE_NODE), node -> node.path("state").asText().equals("idle"),
                Duration.ofSeconds(3));
        assertEquals("idle", after.path("state").asText());
        assertTrue(Instant.parse(after.path("stateTransitionTime").asText()).isAfter(Instant.now().minusSeconds(3)));
    }

    @Test
    @DisplayName("taskcompletion waits for the node's running tasks; requeue stops them and starts at once")
    void taskCompletionWaitsForTasks() {
        reimageDuration(RENDER_POOL, 300);
        emulator.changeState(state -> nodeOf(state, RENDER_POOL, BUSY_NODE).put("runningTasksMs", 500));

        assertEquals(202, reimage(RENDER_POOL, BUSY_NODE, "{\"nodeReimageOption\":\"taskcompletion\"}").statusCode());

        assertEquals("running", node(RENDER_POOL, BUSY_NODE).path("state").asText());
        assertEquals("reimaging", poll(() -> node(RENDER_POOL, BUSY_NODE),
                node -> node.path("state").asText().equals("reimaging"), Duration.ofSeconds(2)).path("state").asText());
        assertEquals("idle", poll(() -> node(RENDER_POOL, BUSY_NODE),
                node -> node.path("state").asText().equals("idle"), Duration.ofSeconds(2)).path("state").asText());
        HttpResponse<String> again = reimage(RENDER_POOL, BUSY_NODE, null);
        assertEquals(202, again.statusCode(), "no body means requeue: " + again.body());
        assertEquals("reimaging", node(RENDER_POOL, BUSY_NODE).path("state").asText());
    }

    @Test
    @DisplayName("nodes in states that forbid a reimage are refused with Batch's codes; unknown pool and node are 404")
    void refusals() {
        assertError(reimage(RENDER_POOL, FAILED_NODE, null), 409, "OperationInvalidForCurrentState");
        assertError(reimage(RENDER_POOL, UNUSABLE_NODE, null), 409, "NodeStateUnusable");
        assertEquals(202, reimage(RENDER_POOL, IDLE_NODE, null).statusCode());
        assertError(reimage(RENDER_POOL, IDLE_NODE, null), 409, "NodeBeingReimaged");
        assertError(reimage("no-such-pool", IDLE_NODE, null), 404, "PoolNotFound");
        assertError(reimage(RENDER_POOL, "tvm-0_0-0", null), 404, "NodeNotFound");
        assertError(reimage(RENDER_POOL, IDLE_NODE, "{\"nodeReimageOption\":\"wipe\"}"), 400, "InvalidRequestBody");
        assertError(batch("GET", nodePath(RENDER_POOL, IDLE_NODE), Map.of(), null, KEY, false), 400,
                "MissingRequiredQueryParameter");
    }

    @Test
    @DisplayName("list nodes selects, filters on state and pages with odata.nextLink")
    void listNodesPages() {
        emulator.changeState(state -> {
            ArrayNode nodes = (ArrayNode) poolOf(state, RENDER_POOL).path("nodes");
            for (int i = 10; i < 25; i++) {
                nodes.addObject().put("id", "tvm-9_" + i).put("state", i % 2 == 0 ? "idle" : "running");
            }
        });
        List<String> ids = new ArrayList<>();
        Map<String, List<String>> query = new LinkedHashMap<>(Map.of("$select", List.of("id,state"),
                "$filter", List.of("(state eq 'idle') or (state eq 'unusable')"), "maxresults", List.of("4")));
        int pages = 0;
        while (true) {
            HttpResponse<String> page = batch("GET", "/pools/" + RENDER_POOL + "/nodes", query, null, KEY);
            assertEquals(200, page.statusCode(), page.body());
            pages++;
            for (JsonNode node : json(page).path("value")) {
                assertEquals(List.of("id", "state"), fieldNames(node));
                assertTrue(List.of("idle", "unusable").contains(node.path("state").asText()), node.toString());
                ids.add(node.path("id").asText());
            }
            JsonNode next = json(page).path("odata.nextLink");
            if (next.isMissingNode()) {
                break;
            }
            URI link = URI.create(next.asText());
            assertEquals(URI.create(emulator.url()).getPort(), link.getPort());
            query = decode(link.getRawQuery());
            query.remove("api-version");
        }
        assertEquals(3, pages);
        assertEquals(11, ids.size(), ids.toString());
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertError(batch("GET", "/pools/" + RENDER_POOL + "/nodes", Map.of("$filter", List.of("vmSize eq 'x'")), null, KEY),
                400, "InvalidQueryParameterValue");
    }

    @Test
    @DisplayName("a THROTTLE fault with status 503 answers ServerBusy with Retry-After and retry-after-ms")
    void serverBusy() {
        emulator.control("PUT", "/faults", "{\"rules\":[{\"operation\":\"batch.reimageNode\",\"fault\":\"THROTTLE\","
                + "\"count\":1,\"status\":503,\"retryAfterSeconds\":2},{\"operation\":\"batch.reimageNode\",\"fault\":\"THROTTLE\",\"count\":1}]}");

        HttpResponse<String> busy = reimage(RENDER_POOL, IDLE_NODE, null);
        HttpResponse<String> tooMany = reimage(RENDER_POOL, IDLE_NODE, null);

        assertError(busy, 503, "ServerBusy");
        assertEquals("2", busy.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("2000", busy.headers().firstValue("retry-after-ms").orElseThrow());
        assertError(tooMany, 429, "TooManyRequests");
        assertFalse(tooMany.headers().firstValue("Retry-After").isPresent());
        assertEquals("idle", node(RENDER_POOL, IDLE_NODE).path("state").asText());
        assertEquals(List.of(503, 429), json(emulator.control("GET", "/requests", null)).path("requests")
                .findValuesAsText("status").stream().map(Integer::parseInt).toList().subList(0, 2));
    }

    @Test
    @DisplayName("a JOB_FAILS fault lets the reimage end in starttaskfailed")
    void failingReimage() {
        reimageDuration(RENDER_POOL, 200);
        emulator.control("PUT", "/faults", "{\"rules\":[{\"operation\":\"batch.reimageNode\",\"fault\":\"JOB_FAILS\",\"count\":1}]}");

        assertEquals(202, reimage(RENDER_POOL, IDLE_NODE, null).statusCode());

        assertEquals("starttaskfailed", poll(() -> node(RENDER_POOL, IDLE_NODE),
                node -> !node.path("state").asText().equals("reimaging"), Duration.ofSeconds(2)).path("state").asText());
    }

    static String nodePath(String pool, String node) {
        return "/pools/" + pool + "/nodes/" + node;
    }

    private JsonNode node(String pool, String node) {
        HttpResponse<String> response = batch("GET", nodePath(pool, node), Map.of(), null, KEY);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private HttpResponse<String> reimage(String pool, String node, String body) {
        return batch("POST", nodePath(pool, node) + "/reimage", Map.of(), body, KEY);
    }

    private static void reimageDuration(String pool, int millis) {
        emulator.changeState(state -> poolOf(state, pool).put("reimageDurationMs", millis));
    }

    private static ObjectNode poolOf(ObjectNode state, String pool) {
        for (JsonNode each : state.at("/azure/batch/pools")) {
            if (each.path("id").asText().equals(pool)) {
                return (ObjectNode) each;
            }
        }
        throw new AssertionError("no pool " + pool);
    }

    private static ObjectNode nodeOf(ObjectNode state, String pool, String node) {
        for (JsonNode each : poolOf(state, pool).path("nodes")) {
            if (each.path("id").asText().equals(node)) {
                return (ObjectNode) each;
            }
        }
        throw new AssertionError("no node " + node);
    }

    static HttpResponse<String> batch(String method, String path, Map<String, List<String>> query, String body,
            AzureSharedKey key) {
        return batch(method, path, query, body, key, true);
    }

    private static HttpResponse<String> batch(String method, String path, Map<String, List<String>> query, String body,
            AzureSharedKey key, boolean withApiVersion) {
        Map<String, List<String>> full = new LinkedHashMap<>();
        if (withApiVersion) {
            full.put("api-version", List.of(API_VERSION));
        }
        full.putAll(query);
        return emulator.send(signed(method, path, full, body, key, Instant.now()));
    }

    /** Signed like our client signs: ocp-date, Content-Type, Content-Length of the body as HttpClient sends it. */
    private static HttpRequest.Builder signed(String method, String path, Map<String, List<String>> query, String body,
            AzureSharedKey key, Instant at) {
        HttpRequest.Builder request = emulator.request(method, path, query, body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(AzureSharedKeySigner.DATE_HEADER, AzureSharedKeySigner.date(at));
        headers.put("Content-Type", "application/json;charset=UTF-8");
        // java.net.http sends Content-Length: 0 for a request built with an empty body publisher
        headers.put("Content-Length", Integer.toString(body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length));
        URI uri = request.build().uri();
        String toSign = AzureSharedKeySigner.stringToSign(method, headers, key.accountName(), uri.getRawPath(), uri.getRawQuery());
        request.header(AzureSharedKeySigner.DATE_HEADER, headers.get(AzureSharedKeySigner.DATE_HEADER));
        request.header("Authorization", AzureSharedKeySigner.authorization(key, toSign));
        return request;
    }

    private static HttpRequest.Builder bearer(String path, String token) {
        return bearer(emulator.url(), path, token);
    }

    private static HttpRequest.Builder bearer(String base, String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path + "?api-version=" + API_VERSION))
                .header("Authorization", "Bearer " + token).GET();
    }

    private static HttpResponse<String> token(String tenant, String client, String secret, String scope) {
        return emulator.send(tokenRequest(emulator.url(), tenant, client, secret, scope));
    }

    static HttpRequest.Builder tokenRequest(String base, String tenant, String client, String secret, String scope) {
        String form = "grant_type=client_credentials&client_id=" + encode(client) + "&client_secret=" + encode(secret)
                + "&scope=" + encode(scope);
        return HttpRequest.newBuilder(URI.create(base + "/" + tenant + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static void assertRefused(HttpResponse<String> response, String code, String detail) {
        assertError(response, 401, code);
        JsonNode values = json(response).path("values");
        assertEquals("AuthenticationErrorDetail", values.path(0).path("key").asText(), response.body());
        assertTrue(values.path(0).path("value").asText().contains(detail), response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = json(response);
        assertEquals(code, error.path("code").asText(), response.body());
        assertEquals("en-US", error.path("message").path("lang").asText());
        assertTrue(error.path("message").path("value").asText().contains("RequestId:"), response.body());
    }

    private static void assertOAuthError(HttpResponse<String> response, int status, String error, String aadsts) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(error, json(response).path("error").asText(), response.body());
        assertTrue(json(response).path("error_description").asText().startsWith(aadsts), response.body());
        assertNotNull(json(response).get("error_codes"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, List<String>> decode(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        dev.nodebatch.huawei.HuaweiSigner.decodeQuery(rawQuery).forEach((name, values) -> query.put(name, new ArrayList<>(values)));
        return query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
