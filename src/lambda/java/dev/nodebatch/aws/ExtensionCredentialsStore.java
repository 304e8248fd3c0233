package dev.nodebatch.aws;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.nodebatch.azure.AzureConfig;
import dev.nodebatch.batch.CredentialsStore;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.StoredSecret;
import dev.nodebatch.huawei.HuaweiConfig;

/**
 * The providers' credentials from the Secrets Manager secrets the deployment names
 * ({@code NODEBATCH_HUAWEI_CREDENTIALS_SECRET}, {@code NODEBATCH_AZURE_CREDENTIALS_SECRET}: an ARN or name), read
 * through the {@link SecretsExtension} on first use within each invocation. A provider with no secret named keeps its
 * configured credentials.
 * <p>
 * Once per invocation, because the extension itself caches (5 minutes by default): asking it again in each
 * invocation costs a local round trip and takes up a rotated secret as soon as the extension's cache does, without a
 * redeploy; asking once per invocation keeps every call of one batch on the same keys. A failed read is remembered
 * for the invocation too, so that a batch of many calls asks once and fails every call alike.
 */
@ApplicationScoped
public class ExtensionCredentialsStore implements CredentialsStore {

    private final Map<Provider, Optional<String>> secretIds;
    private final SecretsExtension extension;
    private final Map<Provider, Outcome> thisInvocation = new ConcurrentHashMap<>();

    public ExtensionCredentialsStore(HuaweiConfig huawei, AzureConfig azure, SecretsExtension extension) {
        this.secretIds = Map.of(Provider.HUAWEI, huawei.credentialsSecret().filter(id -> !id.isBlank()),
                Provider.AZURE, azure.credentialsSecret().filter(id -> !id.isBlank()));
        this.extension = extension;
    }

    /** A new invocation begins: what the last one read is forgotten, and read again on first use. */
    public void beginInvocation() {
        thisInvocation.clear();
    }

    @Override
    public Optional<StoredSecret> read(Provider provider) {
        Optional<String> secretId = secretIds.get(provider);
        if (secretId.isEmpty()) {
            return Optional.empty();
        }
        // one read per provider and invocation: concurrent first uses wait for it
        return Optional.of(thisInvocation.computeIfAbsent(provider, p -> Outcome.of(extension, secretId.get())).get());
    }

    /** A read's outcome: the secret, or why it could not be read. */
    private record Outcome(StoredSecret secret, ProviderCallException failure) {

        static Outcome of(SecretsExtension extension, String secretId) {
            try {
                return new Outcome(extension.read(secretId), null);
            } catch (ProviderCallException e) {
                return new Outcome(null, e);
            }
        }

        StoredSecret get() {
            if (failure != null) {
                throw failure;
            }
            return secret;
        }
    }
}
