package dev.nodebatch.huawei.elb;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The ELB member list answer: one page of members. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListMembersResponse(@JsonProperty("request_id") String requestId,
        List<BatchUpdateMembersResponse.Member> members) {
}
