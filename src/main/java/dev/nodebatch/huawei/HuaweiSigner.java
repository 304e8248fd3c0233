package dev.nodebatch.huawei;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Huawei Cloud AK/SK request signing, algorithm {@code SDK-HMAC-SHA256}, as the official Java SDK's
 * {@code AKSKSigner} does it: every header is signed except {@code Content-Type} and names containing
 * {@code _}; the canonical URI encodes each path segment and always ends in {@code /}; there is no
 * credential scope. Stateless and thread-safe.
 */
public final class HuaweiSigner {

    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    public static final String DATE_HEADER = "X-Sdk-Date";
    public static final String SECURITY_TOKEN_HEADER = "X-Security-Token";
    public static final DateTimeFormatter DATE_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final HexFormat HEX = HexFormat.of();

    private HuaweiSigner() {
    }

    /**
     * Signs a request and returns the headers to add to it: {@code X-Sdk-Date}, {@code X-Security-Token}
     * for temporary credentials, and {@code Authorization}.
     *
     * @param headers the headers the request will carry, {@code Host} included
     * @param query the decoded query parameters
     */
    public static Map<String, String> sign(String method, String rawPath, Map<String, List<String>> query,
            Map<String, String> headers, byte[] body, HuaweiCredentials credentials, Instant now) {
        Map<String, String> added = new LinkedHashMap<>();
        added.put(DATE_HEADER, DATE_FORMAT.format(now));
        credentials.securityToken().ifPresent(token -> added.put(SECURITY_TOKEN_HEADER, token));

        SortedMap<String, String> signed = signableHeaders(headers);
        added.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value));
        String signedNames = String.join(";", signed.keySet());
        String signature = signature(credentials.secretKey(), added.get(DATE_HEADER),
                canonicalRequest(method, rawPath, query, signed, payloadHash(body)));
        added.put("Authorization", ALGORITHM + " Access=" + credentials.accessKey() + ", SignedHeaders="
                + signedNames + ", Signature=" + signature);
        return added;
    }

    /** Lower-cased names to values of the headers the SDK signs, sorted by name. */
    public static SortedMap<String, String> signableHeaders(Map<String, String> headers) {
        SortedMap<String, String> signable = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.contains("_")) {
                signable.put(name.toLowerCase(Locale.ROOT), value);
            }
        });
        return signable;
    }

    /** Hex HMAC-SHA256, keyed by the secret key, of the string to sign built from the canonical request. */
    public static String signature(String secretKey, String sdkDate, String canonicalRequest) {
        String stringToSign = ALGORITHM + "\n" + sdkDate + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * @param signedHeaders lower-cased header names to values, sorted
     * @param payloadHash hex SHA-256 of the body
     */
    public static String canonicalRequest(String method, String rawPath, Map<String, List<String>> query,
            SortedMap<String, String> signedHeaders, String payloadHash) {
        StringBuilder headers = new StringBuilder();
        signedHeaders.forEach((name, value) -> headers.append(name).append(':').append(value).append('\n'));
        return String.join("\n", method, canonicalUri(rawPath), canonicalQuery(query), headers,
                String.join(";", signedHeaders.keySet()), payloadHash);
    }

    public static String payloadHash(byte[] body) {
        return sha256Hex(body == null ? new byte[0] : body);
    }

    static String canonicalUri(String rawPath) {
        if (rawPath.isEmpty() || rawPath.equals("/")) {
            return "/";
        }
        StringBuilder uri = new StringBuilder();
        for (String segment : rawPath.split("/")) {
            uri.append(encode(segment)).append('/');
        }
        return uri.toString();
    }

    static String canonicalQuery(Map<String, List<String>> query) {
        SortedMap<String, List<String>> sorted = new TreeMap<>();
        query.forEach((key, values) -> sorted.put(encode(key), values.stream().map(HuaweiSigner::encode).toList()));
        StringJoiner joined = new StringJoiner("&");
        sorted.forEach((key, values) -> {
            if (values.isEmpty()) {
                joined.add(key + "=");
            }
            values.forEach(value -> joined.add(key + "=" + value));
        });
        return joined.toString();
    }

    /**
     * Decodes a raw query string into the form {@link #sign} and {@link #canonicalRequest} take: names to
     * values, both decoded, in the order sent. Signer and verifier must read a query the same way.
     */
    public static Map<String, List<String>> decodeQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> decoded = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            decoded.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        decoded.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return Collections.unmodifiableMap(decoded);
    }

    /** URL-encodes as the SDK does: form encoding, then {@code +}→{@code %20}, {@code *}→{@code %2A}, {@code %7E}→{@code ~}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
