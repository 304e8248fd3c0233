package dev.nodebatch.huawei.elb;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.nodebatch.batch.LowerCaseUuid;
import dev.nodebatch.huawei.HuaweiInput;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Input of {@code huawei-elb-members-update}. */
@RegisterForReflection
public class ElbMembersUpdateInput extends HuaweiInput {

    @NotNull(message = "is required")
    @LowerCaseUuid(message = "must be an ELB pool id (a lower-case UUID)")
    public String poolId;

    // no @NotNull on the element type: the binder refuses a null member (see InputBinder for why)
    @NotNull(message = "is required")
    @Size(min = 1, message = "must list at least one member")
    public List<@Valid MemberChange> members;
}
