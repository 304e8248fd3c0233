package dev.nodebatch.azure.batch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A compute node as the reads select it: {@code $select=id,state,stateTransitionTime}. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComputeNodeState(String id, String state, Instant stateTransitionTime) {

    static final String SELECT = "id,state,stateTransitionTime";

    /** The node's state as a result shows it. */
    Map<String, Object> asResultState() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("state", state);
        if (stateTransitionTime != null) {
            shown.put("stateTransitionTime", stateTransitionTime.toString());
        }
        return shown;
    }

    /** Whether the node's state changed at or after {@code moment}. */
    boolean changedSince(Instant moment) {
        return stateTransitionTime != null && !stateTransitionTime.isBefore(moment);
    }
}
