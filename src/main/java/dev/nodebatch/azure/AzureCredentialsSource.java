package dev.nodebatch.azure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The credentials the Azure clients authenticate with, from the environment or the same keys in configuration,
 * never from the input: Microsoft Entra ID client credentials ({@code AZURE_TENANT_ID}, {@code AZURE_CLIENT_ID},
 * {@code AZURE_CLIENT_SECRET}) when all three are set, else the Batch Shared Key ({@code AZURE_BATCH_ACCOUNT},
 * {@code AZURE_BATCH_ACCESS_KEY}). Entra ID wins when both are set: it is what Microsoft recommends, and a caller
 * who configured it on top of a key means it.
 */
@ApplicationScoped
public class AzureCredentialsSource {

    private final Optional<EntraClientCredentials> entra;
    private final Optional<AzureSharedKey> sharedKey;

    public AzureCredentialsSource(@ConfigProperty(name = "azure.tenant-id") Optional<String> tenantId,
            @ConfigProperty(name = "azure.client-id") Optional<String> clientId,
            @ConfigProperty(name = "azure.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "azure.batch.account") Optional<String> account,
            @ConfigProperty(name = "azure.batch.access-key") Optional<String> accessKey) {
        this.entra = set(tenantId).flatMap(tenant -> set(clientId)
                .flatMap(client -> set(clientSecret).map(secret -> new EntraClientCredentials(tenant, client, secret))));
        this.sharedKey = entra.isPresent() ? Optional.empty()
                : set(account).flatMap(name -> set(accessKey).map(key -> new AzureSharedKey(name, key)));
    }

    public Optional<EntraClientCredentials> entra() {
        return entra;
    }

    public Optional<AzureSharedKey> sharedKey() {
        return sharedKey;
    }

    private static Optional<String> set(Optional<String> value) {
        return value.filter(text -> !text.isBlank());
    }
}
