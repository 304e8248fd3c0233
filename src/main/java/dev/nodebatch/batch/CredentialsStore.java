package dev.nodebatch.batch;

import java.util.Optional;

/**
 * Where a provider's credentials are read at call time instead of from configuration: a secret store the
 * deployment names (on AWS Lambda, a Secrets Manager secret through the Parameters and Secrets extension). The
 * credentials sources consult a bean of this type when there is one, and fall back to configuration for a provider
 * whose secret it does not hold. Builds without such a bean (the HTTP hosts) read configuration only.
 */
public interface CredentialsStore {

    /** The providers whose credentials a store may hold; each has one secret of its own. */
    enum Provider {
        HUAWEI, AZURE
    }

    /**
     * The secret holding the provider's credentials, read now or taken from what this invocation already read.
     *
     * @return empty when no secret is named for the provider: configuration serves
     * @throws ProviderCallException AUTH when a secret is named but cannot be read; the message names the secret
     *         and why, never a value
     */
    Optional<StoredSecret> read(Provider provider);
}
