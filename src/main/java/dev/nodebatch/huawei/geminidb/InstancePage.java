package dev.nodebatch.huawei.geminidb;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One page of {@code ListInstances}: the fields patching needs; {@code datastore.type} is the engine. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record InstancePage(List<Instance> instances, @JsonProperty("total_count") Integer totalCount) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Instance(String id, String name, String status, Datastore datastore) {

        String engine() {
            return datastore == null ? null : datastore.type();
        }
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Datastore(String type, String version, @JsonProperty("patch_available") Boolean patchAvailable) {
    }

    List<Instance> listed() {
        return instances == null ? List.of() : instances;
    }
}
