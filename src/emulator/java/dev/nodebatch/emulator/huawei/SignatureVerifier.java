package dev.nodebatch.emulator.huawei;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.nodebatch.emulator.ProviderCall;
import dev.nodebatch.huawei.HuaweiSigner;

/**
 * Checks {@code SDK-HMAC-SHA256} signatures like the Huawei API gateway: the canonical request is rebuilt with
 * {@link HuaweiSigner} from the raw path, the decoded query, the signed headers as received and the body's hash
 * (or the literal {@code X-Sdk-Content-Sha256}, e.g. {@code UNSIGNED-PAYLOAD}). Stateless and thread-safe.
 */
final class SignatureVerifier {

    static final String CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256";

    private final Map<String, String> secretKeys;
    private final Duration maxClockSkew;

    SignatureVerifier(Map<String, String> secretKeys, Duration maxClockSkew) {
        this.secretKeys = Map.copyOf(secretKeys);
        this.maxClockSkew = maxClockSkew;
    }

    /** @return why the gateway refuses the call, or empty when its signature holds */
    Optional<String> refusal(ProviderCall call, Optional<SdkHmacAuthorization> authorization, Instant now) {
        if (call.header("Authorization") == null) {
            return Optional.of("authorization header is missing");
        }
        if (authorization.isEmpty()) {
            return Optional.of("authorization header is malformed");
        }
        String sdkDate = call.header(HuaweiSigner.DATE_HEADER);
        if (sdkDate == null) {
            return Optional.of("x-sdk-date is missing");
        }
        Instant signedAt;
        try {
            signedAt = Instant.from(HuaweiSigner.DATE_FORMAT.parse(sdkDate));
        } catch (DateTimeParseException e) {
            return Optional.of("x-sdk-date is malformed");
        }
        if (Duration.between(signedAt, now).abs().compareTo(maxClockSkew) > 0) {
            return Optional.of("signature expired");
        }
        String secretKey = secretKeys.get(authorization.get().accessKey());
        if (secretKey == null) {
            return Optional.of("ak not found");
        }
        if (!holds(call, authorization.get(), secretKey, sdkDate)) {
            return Optional.of("verify aksk signature fail");
        }
        return Optional.empty();
    }

    private static boolean holds(ProviderCall call, SdkHmacAuthorization authorization, String secretKey, String sdkDate) {
        SortedMap<String, String> signedHeaders = new TreeMap<>();
        for (String name : authorization.signedHeaders()) {
            String value = call.header(name);
            signedHeaders.put(name.toLowerCase(Locale.ROOT), value == null ? "" : value);
        }
        if (!signedHeaders.containsKey("host") || !signedHeaders.containsKey("x-sdk-date")) {
            return false;
        }
        String declaredHash = call.header(CONTENT_SHA256_HEADER);
        String payloadHash = declaredHash != null ? declaredHash : HuaweiSigner.payloadHash(call.body());
        String canonicalRequest = HuaweiSigner.canonicalRequest(call.method(), call.rawPath(), call.query(),
                signedHeaders, payloadHash);
        String expected = HuaweiSigner.signature(secretKey, sdkDate, canonicalRequest);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                authorization.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
