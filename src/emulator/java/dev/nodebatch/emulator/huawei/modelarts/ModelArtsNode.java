package dev.nodebatch.emulator.huawei.modelarts;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A node of a dedicated resource pool, as the fleet document describes it. {@code phase} is the node's
 * {@code status.phase}: {@code Available} (default), {@code Creating}, {@code Deleting}, {@code Abnormal} or
 * {@code Checking}. {@code haRedundant} (default false) is the HA redundancy flag the batch update sets, with the
 * effect it was set with.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelArtsNode(String name, String phase, Boolean haRedundant, String haRedundantEffect, String az,
        String privateIp) {

    static final String AVAILABLE = "Available";
    static final Set<String> PHASES = Set.of(AVAILABLE, "Creating", "Deleting", "Abnormal", "Checking");
    /** Nodes in these phases refuse a batch update; the others take it. */
    static final Set<String> REFUSING = Set.of("Abnormal", "Deleting");

    public ModelArtsNode {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A node needs a name");
        }
        phase = phase == null ? AVAILABLE : phase;
        if (!PHASES.contains(phase)) {
            throw new IllegalArgumentException("Node " + name + " phase must be one of "
                    + PHASES.stream().sorted().toList());
        }
        haRedundant = haRedundant != null && haRedundant;
        if (haRedundantEffect != null && !NodeBatchUpdate.EFFECTS.contains(haRedundantEffect)) {
            throw new IllegalArgumentException("Node " + name + " haRedundantEffect must be one of "
                    + NodeBatchUpdate.EFFECTS.stream().sorted().toList());
        }
        haRedundantEffect = haRedundant ? haRedundantEffect : null;
    }

    boolean takesUpdates() {
        return !REFUSING.contains(phase);
    }

    ModelArtsNode updatedBy(NodeBatchUpdate update) {
        boolean open = update.action().equals(NodeBatchUpdate.OPEN);
        return new ModelArtsNode(name, phase, open, open ? update.effect() : null, az, privateIp);
    }
}
