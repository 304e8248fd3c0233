package dev.nodebatch.azure;

import java.util.Base64;
import java.util.Objects;

/**
 * A Batch account name and one of its access keys (Base64, as the portal shows it). {@link #toString()} never
 * shows the key.
 */
public record AzureSharedKey(String accountName, String accessKey) {

    public AzureSharedKey {
        Objects.requireNonNull(accountName, "Account name must be set");
        Objects.requireNonNull(accessKey, "Access key must be set");
        if (accountName.isBlank() || accessKey.isBlank()) {
            throw new IllegalArgumentException("Account name and access key must not be blank");
        }
        try {
            Base64.getDecoder().decode(accessKey);
        } catch (IllegalArgumentException e) {
            // the message must not echo the key
            throw new IllegalArgumentException("The Batch access key must be Base64, as the portal shows it");
        }
    }

    @Override
    public String toString() {
        return "AzureSharedKey[accountName=" + accountName + ", accessKey=***]";
    }
}
