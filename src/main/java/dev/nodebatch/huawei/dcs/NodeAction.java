package dev.nodebatch.huawei.dcs;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a start/stop does to the nodes; DCS spells it in lower case. */
@RegisterForReflection
public enum NodeAction {
    START,
    STOP;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
