package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.WEB_1;
import static dev.nodebatch.emulator.DemoFleet.WEB_2;
import static dev.nodebatch.emulator.DemoFleet.WEB_POOL;
import static dev.nodebatch.emulator.DemoFleet.membersPath;
import static dev.nodebatch.emulator.RunningEmulator.CREDENTIALS;
import static dev.nodebatch.emulator.RunningEmulator.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.huawei.HuaweiCredentials;
import dev.nodebatch.huawei.HuaweiSigner;

class AkSkVerificationTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final String WEB_1_PATH = membersPath(WEB_POOL) + "/" + WEB_1;
    private static final String UPDATE_PATH = membersPath(WEB_POOL) + "/batch-update";

    @Test
    @DisplayName("a request signed with the right key is accepted")
    void rightKeyIsAccepted() {
        HttpResponse<String> response = emulator.huawei("GET", WEB_1_PATH, null);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(WEB_1, json(response).at("/member/id").asText());
        assertRequestIdMatches(response);
    }

    @Test
    @DisplayName("a wrong signature is refused with APIGW.0301")
    void wrongSignatureIsRefused() {
        HuaweiCredentials wrongSecret = HuaweiCredentials.of(CREDENTIALS.accessKey(), "not-the-secret-key");

        HttpResponse<String> response = emulator.huawei("GET", WEB_1_PATH, Map.of(), null, wrongSecret, Instant.now());

        assertRefused(response, "verify aksk signature fail");
        assertFalse(response.body().contains(CREDENTIALS.secretKey()));
    }

    @Test
    @DisplayName("an unknown access key is refused")
    void unknownAccessKeyIsRefused() {
        HuaweiCredentials stranger = HuaweiCredentials.of("UNKNOWNACCESSKEY0001", CREDENTIALS.secretKey());

        assertRefused(emulator.huawei("GET", WEB_1_PATH, Map.of(), null, stranger, Instant.now()), "ak not found");
    }

    @Test
    @DisplayName("a stale X-Sdk-Date is refused")
    void staleDateIsRefused() {
        Instant sixteenMinutesAgo = Instant.now().minus(Duration.ofMinutes(16));

        assertRefused(emulator.huawei("GET", WEB_1_PATH, Map.of(), null, CREDENTIALS, sixteenMinutesAgo),
                "signature expired");
    }

    @Test
    @DisplayName("an X-Sdk-Date within 15 minutes is accepted")
    void dateWithinSkewIsAccepted() {
        Instant fourteenMinutesAhead = Instant.now().plus(Duration.ofMinutes(14));

        assertEquals(200, emulator.huawei("GET", WEB_1_PATH, Map.of(), null, CREDENTIALS, fourteenMinutesAhead)
                .statusCode());
    }

    @Test
    @DisplayName("a request without Authorization is refused")
    void missingAuthorizationIsRefused() {
        assertRefused(emulator.send(emulator.request("GET", WEB_1_PATH, Map.of(), null)),
                "authorization header is missing");
    }

    @Test
    @DisplayName("a garbled Authorization is refused")
    void garbledAuthorizationIsRefused() {
        HttpRequest.Builder request = emulator.request("GET", WEB_1_PATH, Map.of(), null)
                .header("Authorization", "SDK-HMAC-SHA256 Credential=nothing-like-it")
                .header(HuaweiSigner.DATE_HEADER, HuaweiSigner.DATE_FORMAT.format(Instant.now()));

        assertRefused(emulator.send(request), "authorization header is malformed");
    }

    @Test
    @DisplayName("a request without X-Sdk-Date is refused")
    void missingDateIsRefused() {
        Map<String, String> signed = HuaweiSigner.sign("GET", WEB_1_PATH, Map.of(), Map.of("Host", emulator.host()),
                new byte[0], CREDENTIALS, Instant.now());
        HttpRequest.Builder request = emulator.request("GET", WEB_1_PATH, Map.of(), null)
                .header("Authorization", signed.get("Authorization"));

        assertRefused(emulator.send(request), "x-sdk-date is missing");
    }

    @Test
    @DisplayName("a body changed after signing is refused")
    void changedBodyIsRefused() {
        String signedBody = "{\"members\":[{\"id\":\"" + WEB_1 + "\",\"weight\":1}]}";
        String sentBody = "{\"members\":[{\"id\":\"" + WEB_1 + "\",\"weight\":99}]}";
        HttpRequest.Builder request = emulator.signed("POST", UPDATE_PATH, Map.of(), signedBody, CREDENTIALS, Instant.now())
                .POST(HttpRequest.BodyPublishers.ofString(sentBody));

        assertRefused(emulator.send(request), "verify aksk signature fail");
        assertEquals(10, emulator.member(WEB_POOL, WEB_1).path("weight").asInt());
    }

    @Test
    @DisplayName("a chunked body is verified over its bytes")
    void chunkedBodyIsVerified() {
        String body = "{\"members\":[{\"id\":\"" + WEB_1 + "\",\"weight\":7}]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = emulator.signed("POST", UPDATE_PATH, Map.of(), body, CREDENTIALS, Instant.now())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));

        HttpResponse<String> response = emulator.send(request);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(7, emulator.member(WEB_POOL, WEB_1).path("weight").asInt());
    }

    @Test
    @DisplayName("the decoded query, repeated names in order, is part of the signature")
    void queryIsSigned() {
        Map<String, List<String>> twoIds = Map.of("id", List.of(WEB_2, WEB_1));
        HttpResponse<String> accepted = emulator.huawei("GET", membersPath(WEB_POOL), twoIds, null, CREDENTIALS,
                Instant.now());
        HttpRequest.Builder tampered = emulator.signed("GET", membersPath(WEB_POOL), twoIds, null, CREDENTIALS,
                Instant.now()).uri(emulator.request("GET", membersPath(WEB_POOL), Map.of("id", List.of(WEB_2)), null)
                        .build().uri());

        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(2, json(accepted).path("members").size());
        assertRefused(emulator.send(tampered), "verify aksk signature fail");
    }

    @Test
    @DisplayName("the raw path is signed, percent-encoding included")
    void rawPathIsSigned() {
        HttpResponse<String> response = emulator.huawei("GET", membersPath(WEB_POOL) + "/no%20such%20member", null);

        assertEquals(404, response.statusCode(), response.body());
        assertEquals("Member no such member could not be found.", json(response).path("error_msg").asText());
    }

    @Test
    @DisplayName("X-Sdk-Content-Sha256 UNSIGNED-PAYLOAD stands in for the body hash")
    void unsignedPayloadIsAccepted() {
        String body = "{\"members\":[{\"id\":\"" + WEB_1 + "\",\"weight\":3}]}";
        String sdkDate = HuaweiSigner.DATE_FORMAT.format(Instant.now());
        TreeMap<String, String> signedHeaders = new TreeMap<>(Map.of("host", emulator.host(), "x-sdk-date", sdkDate,
                "x-sdk-content-sha256", "UNSIGNED-PAYLOAD"));
        String signature = HuaweiSigner.signature(CREDENTIALS.secretKey(), sdkDate,
                HuaweiSigner.canonicalRequest("POST", UPDATE_PATH, Map.of(), signedHeaders, "UNSIGNED-PAYLOAD"));
        HttpRequest.Builder request = emulator.request("POST", UPDATE_PATH, Map.of(), body)
                .header("X-Sdk-Date", sdkDate).header("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD")
                .header("Authorization", "SDK-HMAC-SHA256 Access=" + CREDENTIALS.accessKey()
                        + ", SignedHeaders=host;x-sdk-content-sha256;x-sdk-date, Signature=" + signature);

        HttpResponse<String> response = emulator.send(request);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(3, emulator.member(WEB_POOL, WEB_1).path("weight").asInt());
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertEquals(401, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals("APIGW.0301", body.path("error_code").asText());
        assertEquals("Incorrect IAM authentication information: " + reason, body.path("error_msg").asText());
        assertRequestIdMatches(response);
    }

    private static void assertRequestIdMatches(HttpResponse<String> response) {
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(requestId.matches("[0-9a-f]{32}"), requestId);
        assertEquals(requestId, json(response).path("request_id").asText());
    }
}
