package dev.nodebatch.huawei.dcs;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.nodebatch.batch.LowerCaseUuid;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One instance of a start/stop input and the nodes to start or stop; no {@code nodeIds} means every node. */
@RegisterForReflection
public class InstanceNodes {

    @NotNull(message = "is required")
    @LowerCaseUuid(message = "must be a DCS instance id (a lower-case UUID)")
    public String instanceId;

    @Size(min = 1, message = "must list at least one node; leave nodeIds out for every node of the instance")
    public List<@NotNull(message = "must be a node id") @LowerCaseUuid(
            message = "must be a DCS node id (the node_id of logical-nodes, a lower-case UUID)") String> nodeIds;
}
