package dev.nodebatch.azure;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.nodebatch.batch.CredentialsStore;
import dev.nodebatch.batch.StoredSecret;

/**
 * The credentials the Azure clients authenticate with, never from the input: from a secret the deployment names,
 * read on each call through a {@link CredentialsStore} where the build has one (AWS Lambda), else from the
 * environment or the same keys in configuration. Either way: Microsoft Entra ID client credentials
 * ({@code AZURE_TENANT_ID}, {@code AZURE_CLIENT_ID}, {@code AZURE_CLIENT_SECRET}) when all three are set, else the
 * Batch Shared Key ({@code AZURE_BATCH_ACCOUNT}, {@code AZURE_BATCH_ACCESS_KEY}); a secret holds the same keys.
 * Entra ID wins when both are set: it is what Microsoft recommends, and a caller who configured it on top of a key
 * means it.
 */
@ApplicationScoped
public class AzureCredentialsSource {

    /** Entra ID or the Shared Key, whichever is set, or neither. */
    public record AzureCredentials(Optional<EntraClientCredentials> entra, Optional<AzureSharedKey> sharedKey) {

        static AzureCredentials of(Function<String, Optional<String>> values) {
            Optional<EntraClientCredentials> entra = values.apply("AZURE_TENANT_ID").flatMap(tenant -> values
                    .apply("AZURE_CLIENT_ID").flatMap(client -> values.apply("AZURE_CLIENT_SECRET")
                            .map(secret -> new EntraClientCredentials(tenant, client, secret))));
            Optional<AzureSharedKey> sharedKey = entra.isPresent() ? Optional.empty()
                    : values.apply("AZURE_BATCH_ACCOUNT").flatMap(name -> values.apply("AZURE_BATCH_ACCESS_KEY")
                            .map(key -> new AzureSharedKey(name, key)));
            return new AzureCredentials(entra, sharedKey);
        }
    }

    private final AzureCredentials configured;
    private final Optional<CredentialsStore> store;

    @Inject
    public AzureCredentialsSource(@ConfigProperty(name = "azure.tenant-id") Optional<String> tenantId,
            @ConfigProperty(name = "azure.client-id") Optional<String> clientId,
            @ConfigProperty(name = "azure.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "azure.batch.account") Optional<String> account,
            @ConfigProperty(name = "azure.batch.access-key") Optional<String> accessKey,
            Instance<CredentialsStore> stores) {
        this(tenantId, clientId, clientSecret, account, accessKey,
                stores.isResolvable() ? Optional.of(stores.get()) : Optional.empty());
    }

    AzureCredentialsSource(Optional<String> tenantId, Optional<String> clientId, Optional<String> clientSecret,
            Optional<String> account, Optional<String> accessKey, Optional<CredentialsStore> store) {
        this.configured = AzureCredentials.of(key -> set(switch (key) {
            case "AZURE_TENANT_ID" -> tenantId;
            case "AZURE_CLIENT_ID" -> clientId;
            case "AZURE_CLIENT_SECRET" -> clientSecret;
            case "AZURE_BATCH_ACCOUNT" -> account;
            case "AZURE_BATCH_ACCESS_KEY" -> accessKey;
            default -> Optional.empty();
        }));
        this.store = store;
    }

    /**
     * The credentials to authenticate with now: the named secret's when there is one (a rotated secret gives new
     * ones on a later invocation), else the configured ones. Callers take it once per decision, so that Entra ID and
     * the Shared Key are never mixed within one.
     *
     * @throws dev.nodebatch.batch.ProviderCallException AUTH when a named secret cannot be read or lacks the keys
     */
    public AzureCredentials current() {
        Optional<StoredSecret> secret = store.flatMap(s -> s.read(CredentialsStore.Provider.AZURE));
        if (secret.isEmpty()) {
            return configured;
        }
        AzureCredentials stored = AzureCredentials.of(secret.get()::value);
        if (stored.entra().isEmpty() && stored.sharedKey().isEmpty()) {
            throw secret.get().incomplete("AZURE_BATCH_ACCOUNT / AZURE_BATCH_ACCESS_KEY or AZURE_TENANT_ID / "
                    + "AZURE_CLIENT_ID / AZURE_CLIENT_SECRET");
        }
        return stored;
    }

    public Optional<EntraClientCredentials> entra() {
        return current().entra();
    }

    public Optional<AzureSharedKey> sharedKey() {
        return current().sharedKey();
    }

    private static Optional<String> set(Optional<String> value) {
        return value.filter(text -> !text.isBlank());
    }
}
