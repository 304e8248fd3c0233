package dev.nodebatch.huawei.modelarts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One node and the HA redundancy state it is to have.
 *
 * @param effect the effect of an {@code openHaRedundant}; null for {@code closeHaRedundant}
 */
record NodeChange(String name, HaRedundancyAction action, HaRedundantEffect effect) {

    /** The node's state once the change is in place, as a result shows it. */
    Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("haRedundant", action == HaRedundancyAction.OPEN_HA_REDUNDANT);
        if (effect != null) {
            state.put("haRedundantEffect", effect.toString());
        }
        return state;
    }
}
