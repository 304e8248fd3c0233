package dev.nodebatch.emulator.azure;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Whom the emulator's Azure side accepts: the one Batch account it serves with its Shared Key, and the Entra ID
 * applications (client id to tenant and secret) its token endpoint issues tokens to, valid for
 * {@code tokenLifetime}. {@link #toString()} never shows a key or secret.
 *
 * @param batchKey the account key (Base64); null when Shared Key is not accepted
 */
public record AzureAccess(String batchAccount, String batchKey, Map<String, EntraApp> entraApps,
        Duration tokenLifetime) {

    /** Entra answers {@code expires_in} 3599 for client-credentials tokens. */
    public static final Duration ENTRA_TOKEN_LIFETIME = Duration.ofSeconds(3599);

    /** A Batch account without keys or applications: every Azure call is refused. */
    public static final AzureAccess NONE = new AzureAccess("batchaccount", null, Map.of(), ENTRA_TOKEN_LIFETIME);

    public AzureAccess {
        Objects.requireNonNull(batchAccount, "Batch account must be set");
        entraApps = Map.copyOf(entraApps);
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("Token lifetime must be > 0");
        }
    }

    /** An application registered in a tenant, with its client secret. */
    public record EntraApp(String tenantId, String clientSecret) {

        @Override
        public String toString() {
            return "EntraApp[tenantId=" + tenantId + ", clientSecret=***]";
        }
    }

    public AzureAccess withTokenLifetime(Duration lifetime) {
        return new AzureAccess(batchAccount, batchKey, entraApps, lifetime);
    }

    @Override
    public String toString() {
        return "AzureAccess[batchAccount=" + batchAccount + ", sharedKey=" + (batchKey == null ? "none" : "***")
                + ", entraClients=" + entraApps.keySet() + ", tokenLifetime=" + tokenLifetime + "]";
    }
}
