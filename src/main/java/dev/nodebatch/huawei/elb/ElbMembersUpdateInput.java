package dev.nodebatch.huawei.elb;

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

/** Input of {@code huawei-elb-members-update}. */
@RegisterForReflection
public class ElbMembersUpdateInput implements BatchInput {

    @NotNull(message = "is required")
    @Pattern(regexp = HuaweiEndpoints.REGION_PATTERN, message = "must be a region id such as eu-west-101")
    public String region;

    @NotNull(message = "is required")
    @Pattern(regexp = "[0-9a-f]{32}", message = "must be a project id (32 lower-case hex digits)")
    public String projectId;

    @NotNull(message = "is required")
    @Pattern(regexp = MemberChange.UUID, message = "must be an ELB pool id (a lower-case UUID)")
    public String poolId;

    /** {@code huaweicloud} (default) or {@code otc}. */
    public HuaweiCloud cloud;

    // no @NotNull on the element type: the binder refuses a null member (see InputBinder for why)
    @NotNull(message = "is required")
    @Size(min = 1, message = "must list at least one member")
    public List<@Valid MemberChange> members;

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
}
