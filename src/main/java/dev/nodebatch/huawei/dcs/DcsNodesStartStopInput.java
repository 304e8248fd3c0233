package dev.nodebatch.huawei.dcs;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.nodebatch.batch.BatchInput;
import dev.nodebatch.batch.BatchOptions;
import dev.nodebatch.huawei.HuaweiCloud;
import dev.nodebatch.huawei.HuaweiEndpoints;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Input of {@code huawei-dcs-nodes-start-stop}. */
@RegisterForReflection
public class DcsNodesStartStopInput implements BatchInput {

    @NotNull(message = "is required")
    @Pattern(regexp = HuaweiEndpoints.REGION_PATTERN, message = "must be a region id such as eu-west-101")
    public String region;

    @NotNull(message = "is required")
    @Pattern(regexp = "[0-9a-f]{32}", message = "must be a project id (32 lower-case hex digits)")
    public String projectId;

    /** {@code huaweicloud} (default) or {@code otc}. */
    public HuaweiCloud cloud;

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

    @Valid
    public BatchOptions options;

    @Override
    public BatchOptions options() {
        if (options == null) {
            options = new BatchOptions();
        }
        return options;
    }

    HuaweiCloud cloudOrDefault() {
        return cloud == null ? HuaweiCloud.HUAWEICLOUD : cloud;
    }

    boolean checksBackups() {
        return action == NodeAction.STOP && !Boolean.FALSE.equals(requireRecentBackup);
    }
}
