package dev.nodebatch.azure;

import java.util.Objects;

/** An Entra ID application's client credentials in its tenant. {@link #toString()} never shows the secret. */
public record EntraClientCredentials(String tenantId, String clientId, String clientSecret) {

    public EntraClientCredentials {
        Objects.requireNonNull(tenantId, "Tenant id must be set");
        Objects.requireNonNull(clientId, "Client id must be set");
        Objects.requireNonNull(clientSecret, "Client secret must be set");
    }

    @Override
    public String toString() {
        return "EntraClientCredentials[tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret=***]";
    }
}
