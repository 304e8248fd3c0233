package dev.nodebatch.huawei;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.nodebatch.batch.CredentialsStore;
import dev.nodebatch.batch.StoredSecret;

/**
 * The AK/SK the functions sign with, never from the input: from a secret the deployment names, read on each call
 * through a {@link CredentialsStore} where the build has one (AWS Lambda), else from the environment
 * ({@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK}, {@code HUAWEICLOUD_SDK_SECURITY_TOKEN}) or the same keys
 * in configuration. The secret holds the same three keys.
 */
@ApplicationScoped
public class HuaweiCredentialsSource {

    static final String ACCESS_KEY = "HUAWEICLOUD_SDK_AK";
    static final String SECRET_KEY = "HUAWEICLOUD_SDK_SK";
    static final String SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN";

    private final Optional<HuaweiCredentials> configured;
    private final Optional<CredentialsStore> store;

    @Inject
    public HuaweiCredentialsSource(@ConfigProperty(name = "huaweicloud.sdk.ak") Optional<String> accessKey,
            @ConfigProperty(name = "huaweicloud.sdk.sk") Optional<String> secretKey,
            @ConfigProperty(name = "huaweicloud.sdk.security-token") Optional<String> securityToken,
            Instance<CredentialsStore> stores) {
        this.configured = accessKey.filter(ak -> !ak.isBlank())
                .flatMap(ak -> secretKey.filter(sk -> !sk.isBlank())
                        .map(sk -> new HuaweiCredentials(ak, sk, securityToken)));
        this.store = stores.isResolvable() ? Optional.of(stores.get()) : Optional.empty();
    }

    /**
     * The credentials to sign with now: the named secret's when there is one (a rotated secret gives new keys on
     * a later invocation), else the configured ones.
     *
     * @throws dev.nodebatch.batch.ProviderCallException AUTH when a named secret cannot be read or lacks the keys
     */
    public Optional<HuaweiCredentials> credentials() {
        Optional<StoredSecret> secret = store.flatMap(s -> s.read(CredentialsStore.Provider.HUAWEI));
        return secret.isPresent() ? Optional.of(fromSecret(secret.get())) : configured;
    }

    private static HuaweiCredentials fromSecret(StoredSecret secret) {
        Optional<String> accessKey = secret.value(ACCESS_KEY);
        Optional<String> secretKey = secret.value(SECRET_KEY);
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            throw secret.incomplete(ACCESS_KEY + " / " + SECRET_KEY);
        }
        return new HuaweiCredentials(accessKey.get(), secretKey.get(), secret.value(SECURITY_TOKEN));
    }
}
