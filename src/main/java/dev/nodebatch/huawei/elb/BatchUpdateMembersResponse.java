package dev.nodebatch.huawei.elb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The ELB batch-update answer: the updated members as they now are. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchUpdateMembersResponse(@JsonProperty("request_id") String requestId, List<Member> members) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String id, String name, Integer weight, @JsonProperty("protocol_port") Integer protocolPort,
            @JsonProperty("operating_status") String operatingStatus, String address) {

        /** The member's state as a result reports it. */
        Map<String, Object> state() {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("weight", weight);
            state.put("protocolPort", protocolPort);
            state.put("name", name);
            state.put("operatingStatus", operatingStatus);
            state.values().removeIf(value -> value == null);
            return state;
        }
    }
}
