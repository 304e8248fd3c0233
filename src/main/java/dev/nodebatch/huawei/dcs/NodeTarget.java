package dev.nodebatch.huawei.dcs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One target of a start/stop: a node of an instance, or the whole instance when the input names no nodes (then
 * its id is the instance id), and what is to happen to it.
 */
record NodeTarget(String instanceId, String nodeId, NodeAction action) {

    String id() {
        return nodeId != null ? nodeId : instanceId;
    }

    boolean wholeInstance() {
        return nodeId == null;
    }

    /** What the result shows for the target: its instance, the action, and whether it stands for every node. */
    Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("instanceId", instanceId);
        state.put("action", action.toString());
        if (wholeInstance()) {
            state.put("allNodes", true);
        }
        return state;
    }
}
