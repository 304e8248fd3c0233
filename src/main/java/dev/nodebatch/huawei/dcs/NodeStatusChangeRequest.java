package dev.nodebatch.huawei.dcs;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The start/stop body; {@code node_ids} left out means every node of the instance. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeStatusChangeRequest(@JsonProperty("node_ids") List<String> nodeIds, String action) {
}
