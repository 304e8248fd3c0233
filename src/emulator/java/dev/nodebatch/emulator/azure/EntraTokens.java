package dev.nodebatch.emulator.azure;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens the emulator's Entra endpoint has issued: opaque random strings, each remembered with its
 * application and expiry, so the Batch gateway accepts exactly those and tells an expired one from a foreign one.
 * Thread-safe.
 */
public final class EntraTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    /** One issued token. */
    public record Issued(String clientId, String tenantId, Instant expiresAt) {
    }

    /** @return a new token for the application, valid until {@code expiresAt} */
    String issue(String clientId, String tenantId, Instant expiresAt) {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        String token = "emulated." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, new Issued(clientId, tenantId, expiresAt));
        return token;
    }

    Optional<Issued> find(String token) {
        return Optional.ofNullable(issued.get(token));
    }
}
