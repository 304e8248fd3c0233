package dev.nodebatch.huawei.modelarts;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The two batch-update actions nodebatch sends. The official SDKs' generated enum for this field only has
 * {@code "true"} and {@code "false"}, so the values are spelled here as the API reference gives them.
 */
@RegisterForReflection
public enum HaRedundancyAction {
    OPEN_HA_REDUNDANT("openHaRedundant"),
    CLOSE_HA_REDUNDANT("closeHaRedundant");

    private final String wireName;

    HaRedundancyAction(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    @Override
    public String toString() {
        return wireName;
    }
}
