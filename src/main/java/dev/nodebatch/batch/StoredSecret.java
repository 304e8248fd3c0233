package dev.nodebatch.batch;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A secret's key/value pairs as a store answered them (the credentials under the names of their environment
 * variables, e.g. {@code HUAWEICLOUD_SDK_AK}), with the secret's id for messages. {@link #toString()} shows the
 * id and the keys, never a value.
 */
public record StoredSecret(String secretId, Map<String, String> values) {

    public StoredSecret {
        Objects.requireNonNull(secretId, "Secret id must be set");
        values = Map.copyOf(values);
    }

    /** The value under a key, when the secret has one that is not blank. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key)).filter(value -> !value.isBlank());
    }

    /**
     * The error for a secret that lacks keys a provider needs: AUTH, before any call, naming the secret and the
     * keys only.
     */
    public ProviderCallException incomplete(String neededKeys) {
        return new ProviderCallException(ProviderError.of(ErrorCategory.AUTH, "NODEBATCH.NO_CREDENTIALS",
                "the secret " + secretId + " has no " + neededKeys + " (it has: "
                        + String.join(", ", new TreeSet<>(values.keySet())) + ")", null),
                null, false, null, null);
    }

    @Override
    public String toString() {
        return "StoredSecret[secretId=" + secretId + ", keys=" + new TreeSet<>(values.keySet()) + "]";
    }
}
