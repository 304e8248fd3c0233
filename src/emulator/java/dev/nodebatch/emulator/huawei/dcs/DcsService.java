package dev.nodebatch.emulator.huawei.dcs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

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
 * Huawei DCS v2 node start/stop and the reads around it: the job, the instance, its nodes, its backup records and its
 * background tasks. Owns the fleet document's {@code huawei.projects.<projectId>.dcs} slice.
 */
public final class DcsService implements EmulatedService {

    private static final ProjectSlices<DcsProject> SLICES = new ProjectSlices<>("dcs", DcsProject.class);

    public static final String CHANGE_NODES_START_STOP_STATUS = "dcs.changeNodesStartStopStatus";
    public static final String SHOW_JOB_INFO = "dcs.showJobInfo";
    public static final String SHOW_INSTANCE = "dcs.showInstance";
    public static final String SHOW_NODES_INFORMATION = "dcs.showNodesInformation";
    public static final String LIST_BACKUP_RECORDS = "dcs.listBackupRecords";
    public static final String LIST_BACKGROUND_TASK = "dcs.listBackgroundTask";
    private static final String INSTANCE_PATH = "/v2/:project_id/instances/:instance_id";

    private final ProviderGateway gateway;
    private final DcsFleet fleet = new DcsFleet();

    public DcsService(ProviderGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public ProviderGateway gateway() {
        return gateway;
    }

    @Override
    public List<ProviderOperation> operations() {
        return List.of(
                new ProviderOperation(CHANGE_NODES_START_STOP_STATUS, HttpMethod.PUT, INSTANCE_PATH + "/nodes/status",
                        answering(this::changeNodesStartStopStatus)),
                new ProviderOperation(SHOW_JOB_INFO, HttpMethod.GET, "/v2/:project_id/jobs/:job_id",
                        answering(this::showJobInfo)),
                new ProviderOperation(SHOW_INSTANCE, HttpMethod.GET, INSTANCE_PATH, answering(this::showInstance)),
                new ProviderOperation(SHOW_NODES_INFORMATION, HttpMethod.GET, INSTANCE_PATH + "/logical-nodes",
                        answering(this::showNodesInformation)),
                new ProviderOperation(LIST_BACKUP_RECORDS, HttpMethod.GET, INSTANCE_PATH + "/backups",
                        answering(this::listBackupRecords)),
                new ProviderOperation(LIST_BACKGROUND_TASK, HttpMethod.GET, INSTANCE_PATH + "/tasks",
                        answering(this::listBackgroundTask)));
    }

    /** DCS.5000 is the emulator's choice: the DCS docs name no code for an internal error. */
    @Override
    public ProviderAnswer serverError(ProviderCall call, int status) {
        return error(call, status, "DCS.5000", "Internal server error");
    }

    private ProviderAnswer changeNodesStartStopStatus(ProviderCall call) {
        NodeStatusChange change = NodeStatusChange.parse(call.body());
        String projectId = call.pathParam("project_id");
        DcsJob job = fleet.changeNodes(projectId, call.pathParam("instance_id"), change, call.jobsFail(), Instant.now());
        return fleet.answersText(projectId) ? ProviderAnswer.text(200, "job_id:" + job.id())
                : ProviderAnswer.json(200, EmulatorJson.MAPPER.createObjectNode().put("job_id", job.id()));
    }

    private ProviderAnswer showJobInfo(ProviderCall call) {
        return ok(DcsJson.job(fleet.job(call.pathParam("project_id"), call.pathParam("job_id"), Instant.now())));
    }

    private ProviderAnswer showInstance(ProviderCall call) {
        return ok(DcsJson.instance(instance(call)));
    }

    private ProviderAnswer showNodesInformation(ProviderCall call) {
        DcsInstance instance = instance(call);
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode().put("instance_id", instance.id())
                .put("total", instance.nodes().size());
        ArrayNode nodes = answer.putArray("nodes");
        instance.nodes().forEach(node -> nodes.add(DcsJson.node(node)));
        return ok(answer);
    }

    private ProviderAnswer listBackupRecords(ProviderCall call) {
        DcsInstance instance = instance(call);
        OffsetPage page = DcsQuery.page(call);
        Predicate<Instant> window = DcsQuery.window(call, "begin_time", "end_time");
        List<DcsBackup> listed = instance.backups().stream().filter(backup -> window.test(backup.created()))
                .sorted((a, b) -> b.created().compareTo(a.created())).toList();
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode().put("total_num", listed.size());
        ArrayNode records = answer.putArray("backup_record_response");
        page.of(listed).forEach(backup -> records.add(DcsJson.backup(instance.id(), backup)));
        return ok(answer);
    }

    private ProviderAnswer listBackgroundTask(ProviderCall call) {
        DcsInstance instance = instance(call);
        OffsetPage page = DcsQuery.page(call);
        Predicate<Instant> window = DcsQuery.window(call, "start_time", "end_time");
        List<DcsJob> listed = fleet.jobs(call.pathParam("project_id"), instance.id(), Instant.now()).stream()
                .filter(job -> window.test(job.created())).toList();
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode().put("task_count", Integer.toString(listed.size()));
        ArrayNode tasks = answer.putArray("tasks");
        page.of(listed).forEach(job -> tasks.add(DcsJson.task(job, instance)));
        return ok(answer);
    }

    private DcsInstance instance(ProviderCall call) {
        return fleet.instance(call.pathParam("project_id"), call.pathParam("instance_id"), Instant.now());
    }

    private static ProviderAnswer ok(ObjectNode body) {
        return ProviderAnswer.json(200, body);
    }

    /** DCS error bodies are {@code {error_msg, error_code, error_ext_msg}}; error_ext_msg is documented as unused, null. */
    private static ProviderAnswer error(ProviderCall call, int status, String code, String message) {
        return ProviderAnswer.json(status, HuaweiGateway.errorBody(call, code, message).putNull("error_ext_msg"));
    }

    private static Function<ProviderCall, ProviderAnswer> answering(Function<ProviderCall, ProviderAnswer> operation) {
        return call -> {
            try {
                return operation.apply(call);
            } catch (DcsException e) {
                return error(call, e.status(), e.code(), e.getMessage());
            }
        };
    }

    @Override
    public Runnable prepareFleet(JsonNode document) {
        Map<String, DcsProject> parsed = SLICES.read(document);
        return () -> fleet.replace(parsed);
    }

    @Override
    public void writeFleet(ObjectNode document) {
        SLICES.write(document, fleet.projects(Instant.now()));
    }

}
