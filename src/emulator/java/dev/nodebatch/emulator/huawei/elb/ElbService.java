package dev.nodebatch.emulator.huawei.elb;

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
 * Huawei ELB v3 backend-server (member) operations (docs/huawei.md) and the fleet document's
 * {@code huawei.projects.<projectId>.elb} slice.
 */
public final class ElbService implements EmulatedService {

    private static final ProjectSlices<ElbProject> SLICES = new ProjectSlices<>("elb", ElbProject.class);

    public static final String BATCH_UPDATE_MEMBERS = "elb.batchUpdateMembers";
    public static final String LIST_MEMBERS = "elb.listMembers";
    public static final String SHOW_MEMBER = "elb.showMember";
    private static final String MEMBERS_PATH = "/v3/:project_id/elb/pools/:pool_id/members";

    private final ProviderGateway gateway;
    private final ElbFleet fleet = new ElbFleet();

    public ElbService(ProviderGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public ProviderGateway gateway() {
        return gateway;
    }

    @Override
    public List<ProviderOperation> operations() {
        return List.of(
                new ProviderOperation(BATCH_UPDATE_MEMBERS, HttpMethod.POST, MEMBERS_PATH + "/batch-update",
                        answering(this::batchUpdateMembers)),
                new ProviderOperation(LIST_MEMBERS, HttpMethod.GET, MEMBERS_PATH, answering(this::listMembers)),
                new ProviderOperation(SHOW_MEMBER, HttpMethod.GET, MEMBERS_PATH + "/:member_id",
                        answering(this::showMember)));
    }

    /** ELB.9000 is the emulator's choice: the ELB error table names no code for an internal error. */
    @Override
    public ProviderAnswer serverError(ProviderCall call, int status) {
        return HuaweiGateway.error(call, status, "ELB.9000", "Internal server error");
    }

    private ObjectNode batchUpdateMembers(ProviderCall call, ObjectNode answer) {
        List<MemberUpdate> updates = MemberUpdate.parseBatch(call.body());
        String projectId = call.pathParam("project_id");
        ArrayNode members = answer.putArray("members");
        fleet.update(projectId, call.pathParam("pool_id"), updates)
                .forEach(member -> members.add(MemberJson.batchUpdateMember(projectId, member)));
        return answer;
    }

    private ObjectNode listMembers(ProviderCall call, ObjectNode answer) {
        String projectId = call.pathParam("project_id");
        MemberPage page = MemberPage.of(projectId, fleet.pool(projectId, call.pathParam("pool_id")), call);
        answer.set("page_info", page.pageInfo());
        answer.putArray("members").addAll(page.members());
        return answer;
    }

    private ObjectNode showMember(ProviderCall call, ObjectNode answer) {
        String projectId = call.pathParam("project_id");
        String memberId = call.pathParam("member_id");
        ElbMember member = fleet.pool(projectId, call.pathParam("pool_id")).member(memberId)
                .orElseThrow(() -> ElbException.notFound("Member", memberId));
        return answer.set("member", MemberJson.member(projectId, member));
    }

    private static Function<ProviderCall, ProviderAnswer> answering(Operation operation) {
        return call -> {
            ObjectNode answer = EmulatorJson.MAPPER.createObjectNode().put("request_id", call.requestId());
            try {
                return ProviderAnswer.json(200, operation.perform(call, answer));
            } catch (ElbException e) {
                return HuaweiGateway.error(call, e.status(), e.code(), e.getMessage());
            }
        };
    }

    @FunctionalInterface
    private interface Operation {
        ObjectNode perform(ProviderCall call, ObjectNode answer);
    }

    @Override
    public Runnable prepareFleet(JsonNode document) {
        Map<String, ElbProject> parsed = SLICES.read(document);
        return () -> fleet.replace(parsed);
    }

    @Override
    public void writeFleet(ObjectNode document) {
        SLICES.write(document, fleet.projects());
    }

}
