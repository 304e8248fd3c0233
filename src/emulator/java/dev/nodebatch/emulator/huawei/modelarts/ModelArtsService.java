package dev.nodebatch.emulator.huawei.modelarts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatedService;
import dev.nodebatch.emulator.EmulatorJson;
import dev.nodebatch.emulator.OffsetPage;
import dev.nodebatch.emulator.ProviderAnswer;
import dev.nodebatch.emulator.ProviderCall;
import dev.nodebatch.emulator.ProviderGateway;
import dev.nodebatch.emulator.ProviderOperation;
import dev.nodebatch.emulator.huawei.HuaweiGateway;
import dev.nodebatch.emulator.huawei.ProjectSlices;
import io.vertx.core.http.HttpMethod;

/**
 * Huawei ModelArts dedicated resource pool nodes: the batch update that switches HA redundancy on and off, and the
 * node list. Owns the fleet document's {@code huawei.projects.<projectId>.modelarts} slice.
 */
public final class ModelArtsService implements EmulatedService {

    private static final ProjectSlices<ModelArtsProject> SLICES = new ProjectSlices<>("modelarts", ModelArtsProject.class);

    public static final String BATCH_UPDATE_POOL_NODES = "modelarts.batchUpdatePoolNodes";
    public static final String LIST_POOL_NODES = "modelarts.listPoolNodes";
    private static final String NODES_PATH = "/v2/:project_id/pools/:pool_name/nodes";

    private final ProviderGateway gateway;
    private final ModelArtsFleet fleet = new ModelArtsFleet();

    public ModelArtsService(ProviderGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public ProviderGateway gateway() {
        return gateway;
    }

    @Override
    public List<ProviderOperation> operations() {
        return List.of(
                new ProviderOperation(BATCH_UPDATE_POOL_NODES, HttpMethod.POST, NODES_PATH + "/batch-update",
                        answering(this::batchUpdatePoolNodes)),
                new ProviderOperation(LIST_POOL_NODES, HttpMethod.GET, NODES_PATH, answering(this::listPoolNodes)));
    }

    /** ModelArts.50015000 is the emulator's choice: the API reference names no code for an internal error. */
    @Override
    public ProviderAnswer serverError(ProviderCall call, int status) {
        return HuaweiGateway.error(call, status, "ModelArts.50015000", "Internal server error");
    }

    /**
     * Answers 200 even when nodes failed, in the pool's answer shape: the SDK's {@code successNodeNames} and
     * {@code failNodeNames}, or the reference page example's {@code nodes[{name, status}]}.
     */
    private ProviderAnswer batchUpdatePoolNodes(ProviderCall call) {
        NodeBatchUpdate update = NodeBatchUpdate.parse(call.body());
        String projectId = call.pathParam("project_id");
        String poolName = call.pathParam("pool_name");
        String shape = fleet.pool(projectId, poolName).batchUpdateAnswer();
        List<Boolean> took = fleet.update(projectId, poolName, update);
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode();
        if (shape.equals(ModelArtsPool.NODES)) {
            ArrayNode nodes = answer.putArray("nodes");
            for (int i = 0; i < took.size(); i++) {
                nodes.addObject().put("name", update.nodeNames().get(i)).put("status", took.get(i) ? "success" : "failed");
            }
        } else {
            ArrayNode succeeded = answer.putArray("successNodeNames");
            ArrayNode failed = answer.putArray("failNodeNames");
            for (int i = 0; i < took.size(); i++) {
                (took.get(i) ? succeeded : failed).add(update.nodeNames().get(i));
            }
        }
        return ProviderAnswer.json(200, answer);
    }

    /** The pool's nodes in the fleet document's order, a page at a time. */
    private ProviderAnswer listPoolNodes(ProviderCall call) {
        OffsetPage page = NodePage.of(call);
        List<ModelArtsNode> nodes = fleet.pool(call.pathParam("project_id"), call.pathParam("pool_name")).nodes();
        List<ModelArtsNode> shown = page.of(nodes);
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode().put("apiVersion", "v2").put("kind", "NodeList");
        ObjectNode metadata = answer.putObject("metadata");
        int next = Math.min(nodes.size(), page.offset()) + shown.size();
        if (next < nodes.size()) {
            metadata.put("continue", NodePage.continueAt(next)).put("remainingItemCount", nodes.size() - next);
        }
        ArrayNode items = answer.putArray("items");
        shown.forEach(node -> items.add(json(node)));
        return ProviderAnswer.json(200, answer);
    }

    private static ObjectNode json(ModelArtsNode node) {
        ObjectNode item = EmulatorJson.MAPPER.createObjectNode().put("kind", "Node").put("apiVersion", "v2");
        item.putObject("metadata").put("name", node.name());
        ObjectNode status = item.putObject("status").put("phase", node.phase());
        if (node.az() != null) {
            status.put("az", node.az());
        }
        if (node.privateIp() != null) {
            status.put("privateIp", node.privateIp());
        }
        return item;
    }

    private static Function<ProviderCall, ProviderAnswer> answering(Function<ProviderCall, ProviderAnswer> operation) {
        return call -> {
            try {
                return operation.apply(call);
            } catch (ModelArtsException e) {
                return HuaweiGateway.error(call, e.status(), e.code(), e.getMessage());
            }
        };
    }

    @Override
    public Runnable prepareFleet(JsonNode document) {
        Map<String, ModelArtsProject> parsed = SLICES.read(document);
        return () -> fleet.replace(parsed);
    }

    @Override
    public void writeFleet(ObjectNode document) {
        SLICES.write(document, fleet.projects());
    }

}
