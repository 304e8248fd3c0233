package dev.nodebatch.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;

/**
 * Checks {@link HuaweiSigner} against the official Huawei Cloud Java SDK signer ({@code AKSKSigner}, reached
 * through {@code BasicCredentials.syncProcessAuthRequest} exactly as the SDK's own client does).
 */
class HuaweiSignerTest {

    // Obviously fake test credentials.
    private static final String ACCESS_KEY = "FAKEACCESSKEYFORTESTS";
    private static final String SECRET_KEY = "fake-secret-key-for-unit-tests-only";
    private static final String SECURITY_TOKEN = "fake-security-token-for-unit-tests-only";

    private static final Instant NOW = Instant.parse("2024-05-06T07:08:09Z");
    private static final String SDK_DATE = "20240506T070809Z";

    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final String[] METHODS = { "GET", "POST", "PUT", "DELETE", "PATCH" };
    private static final String[] ENDPOINTS = {
            "https://elb.cn-north-4.myhuaweicloud.com",
            "https://modelarts.ap-southeast-1.myhuaweicloud.com:443",
            "https://dcs.eu-west-101.myhuaweicloud.eu:8443",
            "http://127.0.0.1:8080",
            "https://gaussdb-nosql.la-south-2.myhuaweicloud.com",
    };
    private static final String[] SEGMENTS = {
            "v3", "v2", "0123456789abcdef0123456789abcdef", "pools", "nodes", "batch-update", "members",
            "my pool", "a~b", "star*", "plus+sign", "café", "中文", "node_1", "x.y", "a:b", "user@host", "k=v",
            "100%", "(paren)", "semi;colon", "comma,list", "dollar$", "bang!", "quote'", "amp&",
    };
    private static final String[] QUERY_KEYS = {
            "limit", "marker", "name", "page_size", "sort.key", "x-filter", "a~b", "ID", "enterprise_project_id",
    };
    private static final String[] QUERY_VALUES = {
            "", "10", "a b", "x&y=z", "a+b", "~tilde", "star*", "é", "中文", "/slash?q#frag", "100%",
            "comma,semi;", "true", "0123456789abcdef", "café au lait", "\"quoted\"", "[1,2]",
    };
    private static final String[] BODIES = {
            "",
            "{}",
            "{\"nodeNames\":[\"os-node-é-1\",\"节点2\"],\"action\":\"openHaRedundant\"}",
            "{\"members\":[{\"id\":\"m1\",\"weight\":0,\"name\":\"café 中文\"}]}",
            "{\"node_ids\":[\"a\",\"b\"],\"action\":\"stop\"}",
    };

    @Test
    @DisplayName("matches the official signer on generated requests")
    void matchesTheOfficialSignerOnGeneratedRequests() {
        Random random = new Random(20240506L);
        List<String> failures = new ArrayList<>();
        int cases = 600;
        for (int i = 0; i < cases; i++) {
            Case c = randomCase(random);
            String mismatch = compareWithOfficial(c);
            if (mismatch != null) {
                failures.add("case #" + i + ": " + c + "\n    " + mismatch);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases + " generated requests differ from the official signer, e.g.:\n"
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
    }

    @Test
    @DisplayName("signs the security token of temporary credentials")
    void signsTheSecurityTokenOfTemporaryCredentials() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("limit", List.of("10"));
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("Content-Type", "application/json;charset=UTF-8");
        extra.put("X-Project-Id", "0123456789abcdef0123456789abcdef");
        Case c = new Case("POST", "https://elb.cn-north-4.myhuaweicloud.com",
                "/v3/0123456789abcdef0123456789abcdef/elb/pools/p1/members/batch-update", query, extra,
                "{\"members\":[]}", true);

        Map<String, String> added = ours(c);
        assertEquals(SECURITY_TOKEN, added.get("X-Security-Token"));
        assertEquals(List.of("X-Sdk-Date", "X-Security-Token", "Authorization"), List.copyOf(added.keySet()));
        assertTrue(added.get("Authorization").contains("SignedHeaders=host;x-project-id;x-sdk-date;x-security-token,"),
                added.get("Authorization"));
        assertEquals(null, compareWithOfficial(c));

        // the token is signed: changing it changes the signature
        HuaweiCredentials other = new HuaweiCredentials(ACCESS_KEY, SECRET_KEY, Optional.of(SECURITY_TOKEN + "x"));
        Map<String, String> withOtherToken = HuaweiSigner.sign(c.method, c.rawPath, c.query, ourHeaders(c),
                c.body.getBytes(StandardCharsets.UTF_8), other, NOW);
        assertNotEquals(signature(added.get("Authorization")), signature(withOtherToken.get("Authorization")));

        // permanent credentials (or a blank token) add no token header and sign no token
        for (HuaweiCredentials permanent : List.of(HuaweiCredentials.of(ACCESS_KEY, SECRET_KEY),
                new HuaweiCredentials(ACCESS_KEY, SECRET_KEY, Optional.of("  ")))) {
            Map<String, String> plain = HuaweiSigner.sign(c.method, c.rawPath, c.query, ourHeaders(c),
                    c.body.getBytes(StandardCharsets.UTF_8), permanent, NOW);
            assertFalse(plain.containsKey("X-Security-Token"));
            assertFalse(plain.get("Authorization").contains("x-security-token"));
        }
        assertEquals(null, compareWithOfficial(new Case(c.method, c.endpoint, c.rawPath, c.query, c.headers, c.body,
                false)));
    }

    @Test
    @DisplayName("never signs Content-Type or headers with an underscore")
    void neverSignsContentTypeOrHeadersWithAnUnderscore() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "elb.cn-north-4.myhuaweicloud.com");
        headers.put("User-Agent", "nodebatch-test");
        headers.put("Content-Type", "application/json");
        headers.put("X_Trace_Id", "trace-1");
        headers.put("content-type", "application/json;charset=UTF-8");
        headers.put("_leading", "x");

        SortedMap<String, String> signable = HuaweiSigner.signableHeaders(headers);
        assertEquals(List.of("host", "user-agent"), List.copyOf(signable.keySet()));

        HuaweiCredentials credentials = HuaweiCredentials.of(ACCESS_KEY, SECRET_KEY);
        String authorization = HuaweiSigner.sign("GET", "/v3/p/elb/pools", Map.of(), headers, new byte[0],
                credentials, NOW).get("Authorization");
        assertTrue(authorization.contains("SignedHeaders=host;user-agent;x-sdk-date,"), authorization);

        // values of unsigned headers do not affect the signature
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put("Content-Type", "text/plain");
        changed.put("X_Trace_Id", "trace-2");
        changed.remove("_leading");
        assertEquals(authorization, HuaweiSigner.sign("GET", "/v3/p/elb/pools", Map.of(), changed, new byte[0],
                credentials, NOW).get("Authorization"));

        // the official signer agrees
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("User-Agent", "nodebatch-test");
        extra.put("Content-Type", "application/json");
        extra.put("X_Trace_Id", "trace-1");
        assertEquals(null, compareWithOfficial(new Case("GET", "https://elb.cn-north-4.myhuaweicloud.com",
                "/v3/p/elb/pools", Map.of(), extra, "", false)));
    }

    @Test
    @DisplayName("canonical URI always ends with a slash")
    void canonicalUriAlwaysEndsWithASlash() throws MalformedURLException {
        assertEquals("/", HuaweiSigner.canonicalUri(""));
        assertEquals("/", HuaweiSigner.canonicalUri("/"));
        assertEquals("/v3/", HuaweiSigner.canonicalUri("/v3"));
        assertEquals("/v3/", HuaweiSigner.canonicalUri("/v3/"));
        assertEquals("/v3/p/pools/", HuaweiSigner.canonicalUri("/v3/p/pools"));
        assertEquals("/a//b/", HuaweiSigner.canonicalUri("/a//b"));
        // the raw (already percent-encoded) path is encoded once more, segment by segment
        assertEquals("/my%2520pool/caf%25C3%25A9/a~b/star%2A/", HuaweiSigner.canonicalUri("/my%20pool/caf%C3%A9/a~b/star*"));

        OfficialSigner official = new OfficialSigner();
        Random random = new Random(7L);
        for (int i = 0; i < 200; i++) {
            String rawPath = randomRawPath(random);
            String ours = HuaweiSigner.canonicalUri(rawPath);
            assertTrue(ours.startsWith("/") && ours.endsWith("/"), () -> rawPath + " -> " + ours);
            assertEquals(official.canonicalUri(new URL("https://example.com" + rawPath)), ours, rawPath);
        }
    }

    @Test
    @DisplayName("the empty body hashes to the well-known SHA-256")
    void theEmptyBodyHashesToTheWellKnownSha256() {
        assertEquals(EMPTY_SHA256, HuaweiSigner.payloadHash(new byte[0]));
        assertEquals(EMPTY_SHA256, HuaweiSigner.payloadHash(null));
        String canonical = HuaweiSigner.canonicalRequest("GET", "/v3", Map.of(),
                new TreeMap<>(Map.of("host", "example.com", "x-sdk-date", SDK_DATE)), HuaweiSigner.payloadHash(null));
        assertTrue(canonical.endsWith("\nhost;x-sdk-date\n" + EMPTY_SHA256), canonical);
        // "abc" from FIPS 180-2
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HuaweiSigner.payloadHash("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    @DisplayName("credentials never show the secret key in toString")
    void credentialsNeverShowTheSecretKeyInToString() {
        String permanent = HuaweiCredentials.of(ACCESS_KEY, SECRET_KEY).toString();
        assertFalse(permanent.contains(SECRET_KEY), permanent);
        assertTrue(permanent.contains(ACCESS_KEY), permanent);

        String temporary = new HuaweiCredentials(ACCESS_KEY, SECRET_KEY, Optional.of(SECURITY_TOKEN)).toString();
        assertFalse(temporary.contains(SECRET_KEY), temporary);
        assertFalse(temporary.contains(SECURITY_TOKEN), temporary);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** One request: the raw (percent-encoded) path, the decoded query, the extra headers (no Host). */
    private record Case(String method, String endpoint, String rawPath, Map<String, List<String>> query,
            Map<String, String> headers, String body, boolean temporary) {

        @Override
        public String toString() {
            return method + " " + endpoint + rawPath + " query=" + query + " headers=" + headers + " body="
                    + (body.isEmpty() ? "<empty>" : body) + (temporary ? " (temporary credentials)" : "");
        }
    }

    private static Case randomCase(Random random) {
        String method = pick(random, METHODS);
        String endpoint = pick(random, ENDPOINTS);
        String rawPath = randomRawPath(random);

        Map<String, List<String>> query = new LinkedHashMap<>();
        int params = random.nextInt(5);
        for (int i = 0; i < params; i++) {
            String key = pick(random, QUERY_KEYS);
            int roll = random.nextInt(10);
            List<String> values = new ArrayList<>();
            int count = roll == 0 ? 0 : roll < 7 ? 1 : 2 + random.nextInt(2); // none, one, or a repeated key
            for (int v = 0; v < count; v++) {
                values.add(pick(random, QUERY_VALUES));
            }
            query.put(key, values);
        }

        Map<String, String> headers = new LinkedHashMap<>();
        int extra = random.nextInt(5);
        for (int i = 0; i < extra; i++) {
            switch (random.nextInt(7)) {
                case 0 -> headers.put("User-Agent", "nodebatch/1.0 (Java 17; " + random.nextInt(100) + ")");
                case 1 -> headers.put("X-Project-Id", Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
                case 2 -> headers.put("X_Trace_Id", "trace-" + random.nextInt(1000));
                case 3 -> headers.put("Content-Type", random.nextBoolean() ? "application/json" : "application/json;charset=UTF-8");
                case 4 -> headers.put("X-Request-Id", Integer.toHexString(random.nextInt()));
                case 5 -> headers.put("Accept", "application/json");
                default -> headers.put("X-Language", random.nextBoolean() ? "en-us" : "zh-cn");
            }
        }

        String body = method.equals("GET") || method.equals("DELETE") ? "" : pick(random, BODIES);
        return new Case(method, endpoint, rawPath, query, headers, body, random.nextInt(3) == 0);
    }

    /** A raw path as it would appear on the wire, its segments percent-encoded more or less strictly. */
    private static String randomRawPath(Random random) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return "";
        }
        if (roll == 1) {
            return "/";
        }
        StringBuilder path = new StringBuilder();
        int segments = 1 + random.nextInt(6);
        for (int i = 0; i < segments; i++) {
            path.append('/');
            if (random.nextInt(25) == 0) {
                path.append('/'); // an empty segment
            }
            path.append(encodePathSegment(pick(random, SEGMENTS), random.nextBoolean()));
        }
        if (random.nextInt(5) == 0) {
            path.append('/');
        }
        return path.toString();
    }

    /**
     * Percent-encodes a decoded path segment (UTF-8). Strict keeps only RFC 3986 unreserved characters;
     * lenient also keeps the sub-delimiters, {@code :} and {@code @}, which are legal in a path.
     */
    private static String encodePathSegment(String segment, boolean strict) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            boolean unreserved = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || "-._~".indexOf(ch) >= 0;
            boolean lenient = !strict && b >= 0 && "!$&'()*+,;=:@".indexOf(ch) >= 0;
            if (unreserved || lenient) {
                out.append(ch);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static HuaweiCredentials ourCredentials(Case c) {
        return new HuaweiCredentials(ACCESS_KEY, SECRET_KEY, c.temporary ? Optional.of(SECURITY_TOKEN) : Optional.empty());
    }

    /** The headers our caller hands to the signer: the extra headers plus Host, the URL authority. */
    private static Map<String, String> ourHeaders(Case c) {
        Map<String, String> headers = new LinkedHashMap<>(c.headers);
        headers.put("Host", URI.create(c.endpoint).getRawAuthority());
        return headers;
    }

    private static Map<String, String> ours(Case c) {
        return HuaweiSigner.sign(c.method, c.rawPath, c.query, ourHeaders(c), c.body.getBytes(StandardCharsets.UTF_8),
                ourCredentials(c), NOW);
    }

    /** Returns null when ours and the official signer agree, or else what differs. */
    private static String compareWithOfficial(Case c) {
        Map<String, String> added = ours(c);
        List<String> expectedNames = c.temporary ? List.of("X-Sdk-Date", "X-Security-Token", "Authorization")
                : List.of("X-Sdk-Date", "Authorization");
        if (!expectedNames.equals(List.copyOf(added.keySet()))) {
            return "unexpected returned headers " + added.keySet();
        }
        if (!SDK_DATE.equals(added.get("X-Sdk-Date"))) {
            return "X-Sdk-Date " + added.get("X-Sdk-Date");
        }

        HttpRequest.HttpRequestBuilder builder = HttpRequest.newBuilder()
                .withMethod(HttpMethod.valueOf(c.method))
                .withEndpoint(c.endpoint)
                .withPath(c.rawPath);
        c.query.forEach((key, values) -> builder.addQueryParam(key, new ArrayList<>(values)));
        c.headers.forEach((name, value) -> {
            if (name.equalsIgnoreCase("Content-Type")) {
                builder.withContentType(value);
            } else {
                builder.addHeader(name, value);
            }
        });
        builder.addHeader("X-Sdk-Date", SDK_DATE); // same instant on both sides
        if (!c.body.isEmpty()) {
            builder.withBodyAsString(c.body);
        }
        HttpRequest request = builder.build();
        BasicCredentials credentials = new BasicCredentials().withAk(ACCESS_KEY).withSk(SECRET_KEY);
        if (c.temporary) {
            credentials.withSecurityToken(SECURITY_TOKEN);
        }

        // 1. AKSKSigner itself, with the token header added first as BasicCredentials does
        HttpRequest toSign = c.temporary ? request.builder().addHeader("X-Security-Token", SECURITY_TOKEN).build() : request;
        Map<String, String> official = AKSKSigner.getInstance().sign(toSign, credentials);
        if (!official.get("Authorization").equals(added.get("Authorization"))) {
            return "Authorization\n      ours:     " + redact(added.get("Authorization"))
                    + "\n      official: " + redact(official.get("Authorization"));
        }

        // 2. the full header set of the request as the SDK's client would send it
        HttpRequest signed = credentials.syncProcessAuthRequest(request, null);
        SortedMap<String, String> officialHeaders = new TreeMap<>();
        signed.getHeaders().forEach((name, values) -> officialHeaders.put(name, values.get(0)));
        SortedMap<String, String> ourSent = new TreeMap<>(ourHeaders(c));
        ourSent.putAll(added);
        if (!officialHeaders.equals(ourSent)) {
            return "header set\n      ours:     " + redact(ourSent.toString())
                    + "\n      official: " + redact(officialHeaders.toString());
        }
        return null;
    }

    private static String signature(String authorization) {
        return authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
    }

    private static String redact(String text) {
        return text.replace(SECRET_KEY, "<secret>").replace(SECURITY_TOKEN, "<token>");
    }

    /** Exposes the official canonical URI step. */
    private static final class OfficialSigner extends AKSKSigner {
        String canonicalUri(URL url) {
            return buildCanonicalUri(url);
        }
    }
}
