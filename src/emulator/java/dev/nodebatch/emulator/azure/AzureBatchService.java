package dev.nodebatch.emulator.azure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.nodebatch.emulator.EmulatedService;
import dev.nodebatch.emulator.EmulatorJson;
import dev.nodebatch.emulator.ProviderAnswer;
import dev.nodebatch.emulator.ProviderCall;
import dev.nodebatch.emulator.ProviderGateway;
import dev.nodebatch.emulator.ProviderOperation;
import io.vertx.core.http.HttpMethod;

/**
 * Azure Batch compute nodes of one account: reimage (202, no body), get node and list nodes. Owns the fleet
 * document's {@code azure.batch} slice.
 */
public final class AzureBatchService implements EmulatedService {

    public static final String REIMAGE_NODE = "batch.reimageNode";
    public static final String GET_NODE = "batch.getNode";
    public static final String LIST_NODES = "batch.listNodes";
    static final Set<String> REIMAGE_OPTIONS = Set.of("requeue", "terminate", "taskcompletion", "retaineddata");
    private static final String NODES_PATH = "/pools/:poolId/nodes";

    /** The emulator's mapper, reading and writing the slice's times as ISO-8601 instants. */
    private static final ObjectMapper FLEET_MAPPER = EmulatorJson.MAPPER.copy().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ProviderGateway gateway;
    private final BatchPools pools = new BatchPools();

    public AzureBatchService(ProviderGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public ProviderGateway gateway() {
        return gateway;
    }

    @Override
    public List<ProviderOperation> operations() {
        return List.of(
                new ProviderOperation(REIMAGE_NODE, HttpMethod.POST, NODES_PATH + "/:nodeId/reimage", answering(this::reimage)),
                new ProviderOperation(GET_NODE, HttpMethod.GET, NODES_PATH + "/:nodeId", answering(this::getNode)),
                new ProviderOperation(LIST_NODES, HttpMethod.GET, NODES_PATH, answering(this::listNodes)));
    }

    @Override
    public ProviderAnswer serverError(ProviderCall call, int status) {
        return BatchErrorAnswer.of(call, status, status == 503 ? "ServiceUnavailable" : "InternalError",
                "Server encountered an internal error. Please try again after some time.", Map.of());
    }

    private ProviderAnswer reimage(ProviderCall call) {
        NodeQuery.apiVersion(call);
        String option = reimageOption(call.body());
        Instant now = Instant.now();
        pools.reimage(call.pathParam("poolId"), call.pathParam("nodeId"), option, call.jobsFail(), now);
        String nodeUrl = BatchErrorAnswer.baseUrl(call) + "/pools/" + call.pathParam("poolId") + "/nodes/"
                + call.pathParam("nodeId");
        return BatchErrorAnswer.withHeaders(call, new ProviderAnswer(202, Map.of(), new byte[0]))
                .withHeader("ETag", "0x" + Long.toHexString(now.toEpochMilli()).toUpperCase())
                .withHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atZone(java.time.ZoneOffset.UTC)))
                .withHeader("DataServiceId", nodeUrl);
    }

    /** The body is {@code {"nodeReimageOption": …}}; no body, or no option, means {@code requeue}. */
    private static String reimageOption(byte[] body) {
        if (body.length == 0) {
            return "requeue";
        }
        JsonNode parsed;
        try {
            parsed = EmulatorJson.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw BatchException.invalidBody("The body is not JSON.");
        }
        if (parsed == null || !parsed.isObject()) {
            throw BatchException.invalidBody("The body must be a JSON object.");
        }
        JsonNode option = parsed.path("nodeReimageOption");
        if (option.isMissingNode() || option.isNull()) {
            return "requeue";
        }
        if (!option.isTextual() || !REIMAGE_OPTIONS.contains(option.textValue())) {
            throw BatchException.invalidBody("nodeReimageOption must be one of " + REIMAGE_OPTIONS + ".");
        }
        return option.textValue();
    }

    private ProviderAnswer getNode(ProviderCall call) {
        NodeQuery.apiVersion(call);
        Instant now = Instant.now();
        EmulatedNode node = pools.node(call.pathParam("poolId"), call.pathParam("nodeId"), now);
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode()
                .put("odata.metadata", BatchErrorAnswer.baseUrl(call) + "/$metadata#nodes/@Element");
        answer.setAll(nodeJson(call, call.pathParam("poolId"), node, NodeQuery.select(call), now));
        return ok(call, answer);
    }

    private ProviderAnswer listNodes(ProviderCall call) {
        String apiVersion = NodeQuery.apiVersion(call);
        Instant now = Instant.now();
        EmulatedPool pool = pools.pool(call.pathParam("poolId"), now);
        List<EmulatedNode> matching = pool.nodes().stream().filter(NodeQuery.filter(call)).toList();
        int max = NodeQuery.maxResults(call);
        int skip = NodeQuery.skip(call);
        Set<String> select = NodeQuery.select(call);
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode()
                .put("odata.metadata", BatchErrorAnswer.baseUrl(call) + "/$metadata#nodes");
        ArrayNode value = answer.putArray("value");
        NodeQuery.page(matching, skip, max).forEach(node -> value.add(nodeJson(call, pool.id(), node, select, now)));
        if (skip + max < matching.size()) {
            answer.put("odata.nextLink", nextLink(call, apiVersion, max, skip + max));
        }
        return ok(call, answer);
    }

    private static String nextLink(ProviderCall call, String apiVersion, int max, int skip) {
        StringJoiner query = new StringJoiner("&");
        query.add("api-version=" + encode(apiVersion)).add("maxresults=" + max);
        call.queryValue("$select").ifPresent(select -> query.add("$select=" + encode(select)));
        call.queryValue("$filter").ifPresent(filter -> query.add("$filter=" + encode(filter)));
        query.add("$skiptoken=" + skip);
        return BatchErrorAnswer.baseUrl(call) + call.rawPath() + "?" + query;
    }

    private static ObjectNode nodeJson(ProviderCall call, String poolId, EmulatedNode node, Set<String> select, Instant now) {
        ObjectNode all = EmulatorJson.MAPPER.createObjectNode().put("id", node.id())
                .put("url", BatchErrorAnswer.baseUrl(call) + "/pools/" + poolId + "/nodes/" + node.id())
                .put("state", node.state())
                .put("schedulingState", "enabled")
                .put("stateTransitionTime", node.stateTransitionTime().toString())
                .put("runningTasksCount", node.runningTasksCount(now))
                .put("isDedicated", true);
        if (select.isEmpty()) {
            return all;
        }
        ObjectNode selected = EmulatorJson.MAPPER.createObjectNode();
        select.stream().filter(all::has).forEach(field -> selected.set(field, all.get(field)));
        return selected;
    }

    private static ProviderAnswer ok(ProviderCall call, ObjectNode body) {
        return BatchErrorAnswer.withHeaders(call, ProviderAnswer.json(200, body)
                .withHeader("Content-Type", BatchErrorAnswer.CONTENT_TYPE));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Function<ProviderCall, ProviderAnswer> answering(Function<ProviderCall, ProviderAnswer> operation) {
        return call -> {
            try {
                return operation.apply(call);
            } catch (BatchException e) {
                return BatchErrorAnswer.of(call, e.status(), e.code(), e.getMessage(), e.values());
            }
        };
    }

    @Override
    public Runnable prepareFleet(JsonNode document) {
        JsonNode batch = document.path("azure").path("batch");
        if (batch.isMissingNode()) {
            return () -> pools.replace(List.of());
        }
        Instant now = Instant.now();
        List<EmulatedPool> parsed = read(batch).pools().stream().map(pool -> pool.loadedAt(now)).toList();
        return () -> pools.replace(parsed);
    }

    private static BatchAccountSlice read(JsonNode batch) {
        try {
            BatchAccountSlice slice = FLEET_MAPPER.treeToValue(batch, BatchAccountSlice.class);
            if (slice == null) {
                throw new IllegalArgumentException("azure.batch must be an object");
            }
            return slice;
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException("azure.batch: " + EmulatorJson.problem(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("azure.batch: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void writeFleet(ObjectNode document) {
        document.withObjectProperty("azure").set("batch",
                FLEET_MAPPER.valueToTree(new BatchAccountSlice(pools.pools(Instant.now()))));
    }

    /** The fleet document's {@code azure.batch}: the account's pools. */
    public record BatchAccountSlice(List<EmulatedPool> pools) {

        public BatchAccountSlice {
            pools = pools == null ? List.of() : List.copyOf(pools);
            if (pools.stream().map(EmulatedPool::id).distinct().count() != pools.size()) {
                throw new IllegalArgumentException("A pool is listed twice");
            }
        }
    }
}
