package dev.nodebatch.huawei.elb;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The ELB batch-update body. {@code admin_state_up} is never sent: the provider asks callers not to. */
@RegisterForReflection
public record BatchUpdateMembersRequest(List<Option> members) {

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(String id, String name, @JsonProperty("protocol_port") Integer protocolPort, Integer weight) {

        static Option of(MemberChange change) {
            return new Option(change.id, change.name, change.protocolPort, change.weight);
        }
    }
}
