package dev.nodebatch.huawei.dcs;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.nodebatch.huawei.HuaweiInput;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Input of {@code huawei-dcs-nodes-start-stop}. */
@RegisterForReflection
public class DcsNodesStartStopInput extends HuaweiInput {

    /** Required here although DCS makes it optional: DCS documents no default. */
    @NotNull(message = "is required: start or stop")
    public NodeAction action;

    @NotNull(message = "is required")
    @Size(min = 1, message = "must list at least one instance")
    public List<@NotNull(message = "must be an instance object") @Valid InstanceNodes> instances;

    /**
     * For {@code stop}: refuse instances (other than single-node ones) without a successful backup from the last
     * 24 hours, as the DCS reference asks. Default true. An operation's own option, so it lives here, not in the
     * options every function shares.
     */
    public Boolean requireRecentBackup;


    boolean checksBackups() {
        return action == NodeAction.STOP && !Boolean.FALSE.equals(requireRecentBackup);
    }
}
