package dev.nodebatch.huawei.modelarts;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** What the HA redundancy flag does to a node, in the manner of a Kubernetes taint effect. The provider's default is {@code NoSchedule}. */
@RegisterForReflection
public enum HaRedundantEffect {
    NO_SCHEDULE("NoSchedule"),
    NO_EXECUTE("NoExecute");

    private final String wireName;

    HaRedundantEffect(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    @Override
    public String toString() {
        return wireName;
    }
}
