package dev.nodebatch.huawei.dcs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The part of {@code ShowInstance} the backup precondition needs. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record DcsInstanceInfo(@JsonProperty("instance_id") String instanceId,
        @JsonProperty("cache_mode") String cacheMode, String status) {

    /** The DCS reference exempts single-node instances from the backup before a stop. */
    boolean singleNode() {
        return "single".equals(cacheMode);
    }
}
