package dev.nodebatch.huawei;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The AK/SK the functions sign with, from the environment ({@code HUAWEICLOUD_SDK_AK},
 * {@code HUAWEICLOUD_SDK_SK}, {@code HUAWEICLOUD_SDK_SECURITY_TOKEN}) or the same keys in configuration;
 * never from the input.
 */
@ApplicationScoped
public class HuaweiCredentialsSource {

    private final Optional<HuaweiCredentials> credentials;

    public HuaweiCredentialsSource(@ConfigProperty(name = "huaweicloud.sdk.ak") Optional<String> accessKey,
            @ConfigProperty(name = "huaweicloud.sdk.sk") Optional<String> secretKey,
            @ConfigProperty(name = "huaweicloud.sdk.security-token") Optional<String> securityToken) {
        this.credentials = accessKey.filter(ak -> !ak.isBlank())
                .flatMap(ak -> secretKey.filter(sk -> !sk.isBlank())
                        .map(sk -> new HuaweiCredentials(ak, sk, securityToken)));
    }

    public Optional<HuaweiCredentials> credentials() {
        return credentials;
    }
}
