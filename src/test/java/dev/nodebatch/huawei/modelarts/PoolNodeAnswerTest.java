package dev.nodebatch.huawei.modelarts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.batch.TargetStatus;
import dev.nodebatch.huawei.HuaweiErrors;

/** Recorded answers in the provider's two documented shapes, read node by node. */
class PoolNodeAnswerTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String XZZ78 = "os-node-created-xzz78";
    static final String K2P4Q = "os-node-created-k2p4q";
    static final String M9V3D = "os-node-created-m9v3d";

    static PoolNodeAnswer answer(String fixture) throws IOException {
        try (InputStream in = PoolNodeAnswerTest.class.getResourceAsStream("/fixtures/modelarts/" + fixture)) {
            return new PoolNodeAnswer(MAPPER.readValue(in, BatchUpdatePoolNodesResponse.class), "req-1");
        }
    }

    static NodeChange open(String name) {
        return new NodeChange(name, HaRedundancyAction.OPEN_HA_REDUNDANT, HaRedundantEffect.NO_SCHEDULE);
    }

    @Test
    void theListsShapeSucceedsAndFailsNodesByName() throws IOException {
        PoolNodeAnswer answer = answer("batch-update-lists.json");

        TargetOutcome succeeded = answer.outcome(open(XZZ78), 1);
        TargetOutcome failed = answer.outcome(open(M9V3D), 1);

        assertEquals(TargetStatus.SUCCEEDED, succeeded.status());
        assertEquals(Map.of("haRedundant", true, "haRedundantEffect", "NoSchedule"), succeeded.state());
        assertEquals("req-1", succeeded.providerRequestId());
        assertEquals(TargetStatus.SUCCEEDED, answer.outcome(open(K2P4Q), 1).status());
        assertEquals(TargetStatus.FAILED, failed.status());
        assertEquals(ErrorCategory.PROVIDER_ERROR, failed.error().category());
        assertEquals("NODEBATCH.NODE_REPORTED_FAILED", failed.error().code());
        assertEquals(200, failed.error().httpStatus());
        assertTrue(failed.error().message().contains("failNodeNames"), failed.error().message());
    }

    @Test
    void theReferencePagesExampleShapeIsReadToo() throws IOException {
        TargetOutcome outcome = answer("batch-update-nodes.json").outcome(open(XZZ78), 2);

        assertEquals(TargetStatus.SUCCEEDED, outcome.status());
        assertEquals(2, outcome.attempts());
    }

    @Test
    void inTheNodesShapeAnyStatusButSuccessIsAFailureAndUnknownFieldsAreIgnored() throws IOException {
        PoolNodeAnswer answer = answer("batch-update-nodes-with-extras.json");

        TargetOutcome failed = answer.outcome(open(M9V3D), 1);

        assertEquals(TargetStatus.SUCCEEDED, answer.outcome(open(XZZ78), 1).status());
        assertEquals(TargetStatus.SUCCEEDED, answer.outcome(open(K2P4Q), 1).status());
        assertEquals(TargetStatus.FAILED, failed.status());
        assertTrue(failed.error().message().contains("status \"failed\""), failed.error().message());
    }

    @Test
    void aNodeTheAnswerDoesNotNameIsUnknown() throws IOException {
        TargetOutcome outcome = answer("batch-update-nodes.json").outcome(open("os-node-created-zzzzz"), 1);

        assertEquals(TargetStatus.UNKNOWN, outcome.status());
        assertEquals("NODEBATCH.NODE_NOT_IN_ANSWER", outcome.error().code());
        assertNull(outcome.state());
    }

    @Test
    void aNodeReportedBothWaysIsUnknown() {
        PoolNodeAnswer answer = new PoolNodeAnswer(new BatchUpdatePoolNodesResponse(List.of(XZZ78), null,
                List.of(new BatchUpdatePoolNodesResponse.NodeResult(XZZ78, "failed"))), null);

        assertEquals(TargetStatus.UNKNOWN, answer.outcome(open(XZZ78), 1).status());
    }

    @Test
    void closingReportsTheFlagOffWithoutAnEffect() throws IOException {
        NodeChange close = new NodeChange(XZZ78, HaRedundancyAction.CLOSE_HA_REDUNDANT, null);

        assertEquals(Map.of("haRedundant", false), answer("batch-update-lists.json").outcome(close, 1).state());
    }

    @Test
    void poolNotFoundFailsEveryNodeAsNotFound() throws IOException {
        String body;
        try (InputStream in = PoolNodeAnswerTest.class.getResourceAsStream("/fixtures/modelarts/pool-not-found.json")) {
            body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var refused = HuaweiErrors.fromAnswer(404, "req-2", body, null, MAPPER);

        TargetOutcome outcome = TargetOutcome.ofFailure(XZZ78, 1, refused);

        assertEquals(TargetStatus.FAILED, outcome.status());
        assertEquals(ErrorCategory.NOT_FOUND, outcome.error().category());
        assertEquals("ModelArts.50015001", outcome.error().code());
    }
}
