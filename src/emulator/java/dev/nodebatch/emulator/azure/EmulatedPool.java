package dev.nodebatch.emulator.azure;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One pool of the fleet document's {@code azure.batch.pools}: its nodes and how long a reimage of one of them
 * takes. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmulatedPool(String id, String vmSize, Long reimageDurationMs, List<EmulatedNode> nodes) {

    static final long DEFAULT_REIMAGE_MS = 3000;

    public EmulatedPool {
        if (id == null) {
            throw new IllegalArgumentException("A pool needs an id");
        }
        vmSize = vmSize == null ? "standard_d2s_v3" : vmSize;
        reimageDurationMs = reimageDurationMs == null ? DEFAULT_REIMAGE_MS : reimageDurationMs;
        if (reimageDurationMs < 0) {
            throw new IllegalArgumentException("reimageDurationMs of pool " + id + " must be >= 0");
        }
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        Set<String> ids = new HashSet<>();
        for (EmulatedNode node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("Node " + node.id() + " is listed twice in pool " + id);
            }
        }
    }

    Optional<EmulatedNode> node(String nodeId) {
        return nodes.stream().filter(node -> node.id().equals(nodeId)).findFirst();
    }

    EmulatedPool withNodes(List<EmulatedNode> changed) {
        return new EmulatedPool(id, vmSize, reimageDurationMs, changed);
    }

    EmulatedPool loadedAt(Instant now) {
        return withNodes(nodes.stream().map(node -> node.loadedAt(now)).toList());
    }

    EmulatedPool at(Instant now) {
        return withNodes(nodes.stream().map(node -> node.at(now)).toList());
    }
}
