package dev.nodebatch.huawei;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The clouds that serve Huawei's APIs: Huawei Cloud itself and Open Telekom Cloud (same APIs, other hosts). */
@RegisterForReflection
public enum HuaweiCloud {
    HUAWEICLOUD("myhuaweicloud.com"),
    OTC("otc.t-systems.com");

    private final String domain;

    HuaweiCloud(String domain) {
        this.domain = domain;
    }

    public String domain() {
        return domain;
    }

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
