package dev.nodebatch.emulator.huawei.modelarts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ModelArts state of every project, changed as a whole or one batch update at a time. Thread-safe. */
final class ModelArtsFleet {

    private Map<String, ModelArtsProject> projects = Map.of();

    synchronized void replace(Map<String, ModelArtsProject> replaced) {
        projects = Collections.unmodifiableMap(new LinkedHashMap<>(replaced));
    }

    /** Project ids to their ModelArts resources, in the fleet document's order. */
    synchronized Map<String, ModelArtsProject> projects() {
        return projects;
    }

    /** @throws ModelArtsException ModelArts.50015001 when the project has no such pool */
    synchronized ModelArtsPool pool(String projectId, String poolName) {
        return Optional.ofNullable(projects.get(projectId)).flatMap(project -> project.pool(poolName))
                .orElseThrow(ModelArtsException::poolNotFound);
    }

    /**
     * Updates each named node that takes updates; a node the pool does not have, or one that is {@code Abnormal} or
     * {@code Deleting}, fails alone while the others change.
     *
     * @return whether each node, in request order, took the update
     * @throws ModelArtsException ModelArts.50015001 when the project has no such pool
     */
    synchronized List<Boolean> update(String projectId, String poolName, NodeBatchUpdate update) {
        ModelArtsPool pool = pool(projectId, poolName);
        List<ModelArtsNode> nodes = new ArrayList<>(pool.nodes());
        List<Boolean> took = new ArrayList<>();
        for (String nodeName : update.nodeNames()) {
            Optional<ModelArtsNode> node = pool.node(nodeName).filter(ModelArtsNode::takesUpdates);
            node.ifPresent(found -> nodes.set(nodes.indexOf(found), found.updatedBy(update)));
            took.add(node.isPresent());
        }
        Map<String, ModelArtsProject> replaced = new LinkedHashMap<>(projects);
        replaced.put(projectId, projects.get(projectId).withPool(pool.withNodes(nodes)));
        replace(replaced);
        return took;
    }
}
