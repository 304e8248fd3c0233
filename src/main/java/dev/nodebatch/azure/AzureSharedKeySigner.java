package dev.nodebatch.azure;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Azure Batch Shared Key signing (docs/azure-batch.md#shared-key): the string to sign is built from the verb,
 * eleven standard headers, the {@code ocp-*} headers, the account and the raw path, and the decoded query;
 * the signature is the Base64 HMAC-SHA256 of it under the Base64-decoded account key. Used by our client and by
 * the emulator's verifier, so both read a request the same way. Stateless and thread-safe.
 */
public final class AzureSharedKeySigner {

    /** The date header the signature covers; the service rejects requests more than 15 minutes off. */
    public static final String DATE_HEADER = "ocp-date";
    public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    public static final String SCHEME = "SharedKey";

    private static final String[] STANDARD_HEADERS = { "Content-Encoding", "Content-Language", "Content-Length",
            "Content-MD5", "Content-Type", "Date", "If-Modified-Since", "If-Match", "If-None-Match",
            "If-Unmodified-Since", "Range" };

    private AzureSharedKeySigner() {
    }

    public static String date(Instant at) {
        return DATE_FORMAT.format(at);
    }

    /**
     * @param headers the request's headers, one value each; names are matched ignoring case. Content-Length is
     *        the body's byte length, absent (or empty) when there is no body.
     * @param rawPath the path as sent, percent-encoding kept
     * @param rawQuery the query as sent, or null
     */
    public static String stringToSign(String method, Map<String, String> headers, String accountName, String rawPath,
            String rawQuery) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        StringBuilder toSign = new StringBuilder(method).append('\n');
        for (String standard : STANDARD_HEADERS) {
            toSign.append(byName.getOrDefault(standard, "")).append('\n');
        }
        SortedMap<String, String> ocp = new TreeMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("ocp-")) {
                ocp.put(lower, value.replace('\n', ' ').replace('\r', ' ').replaceAll("^ +", ""));
            }
        });
        ocp.forEach((name, value) -> toSign.append(name).append(':').append(value).append('\n'));
        toSign.append('/').append(accountName.toLowerCase(Locale.ROOT)).append('/')
                .append(rawPath.replaceAll("^/+", ""));
        canonicalQuery(rawQuery).forEach((name, value) -> toSign.append('\n').append(name).append(':').append(value));
        return toSign.toString();
    }

    /**
     * The query as the signature sees it: names decoded and lower-cased, sorted; values decoded. A name given
     * twice keeps its last value, as the service's own SDK signs it (so our client never repeats a name).
     */
    public static SortedMap<String, String> canonicalQuery(String rawQuery) {
        SortedMap<String, String> query = new TreeMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.put(name.toLowerCase(Locale.ROOT), value);
        }
        return query;
    }

    /**
     * @param base64Key the account key as the portal shows it (Base64)
     * @throws IllegalArgumentException when the key is not Base64
     */
    public static String signature(String base64Key, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The {@code Authorization} value; the account name keeps its case here. */
    public static String authorization(AzureSharedKey key, String stringToSign) {
        return SCHEME + " " + key.accountName() + ":" + signature(key.accessKey(), stringToSign);
    }
}
