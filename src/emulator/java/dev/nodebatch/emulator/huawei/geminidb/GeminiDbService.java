package dev.nodebatch.emulator.huawei.geminidb;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatedService;
import dev.nodebatch.emulator.EmulatorJson;
import dev.nodebatch.emulator.ProviderAnswer;
import dev.nodebatch.emulator.ProviderCall;
import dev.nodebatch.emulator.ProviderGateway;
import dev.nodebatch.emulator.ProviderOperation;
import dev.nodebatch.emulator.huawei.HuaweiGateway;
import dev.nodebatch.emulator.huawei.ProjectSlices;
import io.vertx.core.http.HttpMethod;

/**
 * Huawei GaussDB NoSQL (GeminiDB) v3 batch patching and the reads around it: instances and jobs. Owns the fleet
 * document's {@code huawei.projects.<projectId>.geminidb} slice.
 */
public final class GeminiDbService implements EmulatedService {

    private static final ProjectSlices<GeminiDbProject> SLICES = new ProjectSlices<>("geminidb", GeminiDbProject.class);

    public static final String BATCH_UPGRADE_DATABASE_VERSION = "geminidb.batchUpgradeDatabaseVersion";
    public static final String LIST_INSTANCES = "geminidb.listInstances";
    public static final String LIST_JOBS = "geminidb.listJobs";

    private final ProviderGateway gateway;
    private final GeminiDbFleet fleet = new GeminiDbFleet();

    public GeminiDbService(ProviderGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public ProviderGateway gateway() {
        return gateway;
    }

    @Override
    public List<ProviderOperation> operations() {
        return List.of(
                new ProviderOperation(BATCH_UPGRADE_DATABASE_VERSION, HttpMethod.POST,
                        "/v3/:project_id/instances/db-upgrade", answering(this::batchUpgradeDatabaseVersion)),
                new ProviderOperation(LIST_INSTANCES, HttpMethod.GET, "/v3/:project_id/instances",
                        answering(this::listInstances)),
                new ProviderOperation(LIST_JOBS, HttpMethod.GET, "/v3/:project_id/jobs", answering(this::listJobs)));
    }

    /** DBS.108000 is the emulator's choice for an internal error: a server-failure code of the DBS family. */
    @Override
    public ProviderAnswer serverError(ProviderCall call, int status) {
        return HuaweiGateway.error(call, status, "DBS.108000", "Server failure.");
    }

    private ProviderAnswer batchUpgradeDatabaseVersion(ProviderCall call) {
        PatchRequest request = PatchRequest.parse(call.body());
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode();
        ArrayNode results = answer.putArray("upgrade_results");
        fleet.upgrade(call.pathParam("project_id"), request, call.jobsFail(), Instant.now())
                .forEach(result -> results.add(result.json()));
        return ProviderAnswer.json(202, answer);
    }

    /** Newest instance first, as the API pages from the newest creation time. */
    private ProviderAnswer listInstances(ProviderCall call) {
        GeminiDbQuery query = GeminiDbQuery.of(call);
        GeminiDbProject project = fleet.project(call.pathParam("project_id"), Instant.now());
        List<GeminiDbInstance> listed = project.instances().stream().filter(query::matches)
                .sorted(Comparator.comparing(GeminiDbInstance::created).reversed()).toList();
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode();
        ArrayNode instances = answer.putArray("instances");
        query.page().of(listed).forEach(instance -> instances.add(GeminiDbJson.instance(instance, project)));
        return ProviderAnswer.json(200, answer.put("total_count", listed.size()));
    }

    /** Newest job first. */
    private ProviderAnswer listJobs(ProviderCall call) {
        Instant now = Instant.now();
        JobQuery query = JobQuery.of(call, now);
        List<GeminiDbJob> listed = fleet.project(call.pathParam("project_id"), now).jobs().stream()
                .filter(query::matches).sorted(Comparator.comparing(GeminiDbJob::created).reversed()).toList();
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode();
        ArrayNode jobs = answer.putArray("jobs");
        query.page().of(listed).forEach(job -> jobs.add(GeminiDbJson.job(job, now)));
        return ProviderAnswer.json(200, answer.put("total_count", listed.size()));
    }

    private static Function<ProviderCall, ProviderAnswer> answering(Function<ProviderCall, ProviderAnswer> operation) {
        return call -> {
            try {
                return operation.apply(call);
            } catch (GeminiDbException e) {
                return HuaweiGateway.error(call, e.status(), e.code(), e.getMessage());
            }
        };
    }

    @Override
    public Runnable prepareFleet(JsonNode document) {
        Map<String, GeminiDbProject> parsed = SLICES.read(document);
        return () -> fleet.replace(parsed);
    }

    @Override
    public void writeFleet(ObjectNode document) {
        SLICES.write(document, fleet.projects(Instant.now()));
    }

}
