package dev.nodebatch.emulator.huawei.modelarts;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A dedicated resource pool: its {@code metadata.name}, its nodes, and which of the two documented shapes its batch
 * update answers in: {@code lists} ({@code successNodeNames}/{@code failNodeNames}, the default) or {@code nodes}
 * ({@code nodes[{name, status}]}, the example on the API reference page).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelArtsPool(String name, List<ModelArtsNode> nodes, String batchUpdateAnswer) {

    static final String LISTS = "lists";
    static final String NODES = "nodes";

    public ModelArtsPool {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A pool needs a name");
        }
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        batchUpdateAnswer = batchUpdateAnswer == null ? LISTS : batchUpdateAnswer;
        if (!batchUpdateAnswer.equals(LISTS) && !batchUpdateAnswer.equals(NODES)) {
            throw new IllegalArgumentException("Pool " + name + " batchUpdateAnswer must be lists or nodes");
        }
        Set<String> names = new HashSet<>();
        for (ModelArtsNode node : nodes) {
            if (!names.add(node.name())) {
                throw new IllegalArgumentException("Node " + node.name() + " is listed twice in pool " + name);
            }
        }
    }

    Optional<ModelArtsNode> node(String nodeName) {
        return nodes.stream().filter(node -> node.name().equals(nodeName)).findFirst();
    }

    ModelArtsPool withNodes(List<ModelArtsNode> replaced) {
        return new ModelArtsPool(name, replaced, batchUpdateAnswer);
    }
}
