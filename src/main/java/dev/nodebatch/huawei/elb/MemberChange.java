package dev.nodebatch.huawei.elb;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;

import dev.nodebatch.batch.LowerCaseUuid;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The desired state of one backend member; fields left out stay as they are. */
@RegisterForReflection
public class MemberChange {

    /** The ELB member id (not the server's). */
    @NotNull(message = "is required")
    @LowerCaseUuid(message = "must be an ELB member id (a lower-case UUID)")
    public String id;

    /** 0 stops new requests to the member. */
    @Min(0)
    @Max(100)
    public Integer weight;

    @Size(max = 255)
    public String name;

    @Min(1)
    @Max(65535)
    public Integer protocolPort;

    @Null(message = "must not be set: ELB derives a member's admin state from its backend server and asks callers not to send it")
    public Boolean adminStateUp;

    boolean changesSomething() {
        return weight != null || name != null || protocolPort != null;
    }
}
