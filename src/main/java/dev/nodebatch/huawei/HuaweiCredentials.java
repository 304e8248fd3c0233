package dev.nodebatch.huawei;

import java.util.Objects;
import java.util.Optional;

/**
 * An AK/SK pair, with the security token of temporary credentials where there is one.
 * {@link #toString()} never shows the secret parts.
 */
public record HuaweiCredentials(String accessKey, String secretKey, Optional<String> securityToken) {

    public HuaweiCredentials {
        Objects.requireNonNull(accessKey, "Access key must be set");
        Objects.requireNonNull(secretKey, "Secret key must be set");
        if (accessKey.isBlank() || secretKey.isBlank()) {
            throw new IllegalArgumentException("Access key and secret key must not be blank");
        }
        securityToken = securityToken.filter(token -> !token.isBlank());
    }

    public static HuaweiCredentials of(String accessKey, String secretKey) {
        return new HuaweiCredentials(accessKey, secretKey, Optional.empty());
    }

    @Override
    public String toString() {
        return "HuaweiCredentials[accessKey=" + accessKey + ", secretKey=***, securityToken="
                + (securityToken.isPresent() ? "***" : "none") + "]";
    }
}
