package dev.nodebatch.bench;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputBinder;
import dev.nodebatch.batch.Violations;
import dev.nodebatch.batch.Invocation;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.emulator.DemoFleet;
import dev.nodebatch.emulator.LargePool;
import dev.nodebatch.huawei.elb.BatchUpdateMembersRequest;
import dev.nodebatch.huawei.elb.BatchUpdateMembersResponse;
import dev.nodebatch.huawei.elb.ElbMembersUpdateInput;

/**
 * The JSON work one fan-out invocation cannot avoid, timed single-threaded in this (warmed-up) JVM with the
 * function's own classes: reading and binding the input, writing every provider request body, reading every
 * provider answer, writing the result.
 */
final class JsonWork {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    // as for the function, the per-call code runs 50 times a round: it takes a couple of hundred rounds to settle
    private static final int WARM_UP_ROUNDS = 200;
    private static final int MEASURED_ROUNDS = 31;

    private JsonWork() {
    }

    /** @return the median seconds of one invocation's JSON work, after {@value #WARM_UP_ROUNDS} warm-up rounds */
    static double seconds(FanOut fanOut) throws IOException {
        String input = fanOut.input(7);
        List<byte[]> answers = new ArrayList<>();
        for (int call = 0; call < fanOut.calls(); call++) {
            answers.add(answer(call * FanOut.MEMBERS_PER_CALL, Math.min(fanOut.members(), (call + 1) * FanOut.MEMBERS_PER_CALL)));
        }
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            once(input, answers);
        }
        double[] measured = new double[MEASURED_ROUNDS];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long started = System.nanoTime();
            once(input, answers);
            measured[round] = (System.nanoTime() - started) / 1e9;
        }
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    private static void once(String input, List<byte[]> answers) throws IOException {
        Violations violations = new Violations();
        ElbMembersUpdateInput bound = new InputBinder().bind(MAPPER.readTree(input), ElbMembersUpdateInput.class,
                violations).orElseThrow();
        List<TargetOutcome> outcomes = new ArrayList<>();
        for (int call = 0; call < answers.size(); call++) {
            List<BatchUpdateMembersRequest.Option> options = bound.members.subList(call * FanOut.MEMBERS_PER_CALL,
                    Math.min(bound.members.size(), (call + 1) * FanOut.MEMBERS_PER_CALL)).stream()
                    .map(member -> new BatchUpdateMembersRequest.Option(member.id, member.name, member.protocolPort,
                            member.weight))
                    .toList();
            MAPPER.writeValueAsBytes(new BatchUpdateMembersRequest(options));
            BatchUpdateMembersResponse answer = MAPPER.readValue(answers.get(call), BatchUpdateMembersResponse.class);
            answer.members().forEach(member -> outcomes.add(TargetOutcome.succeeded(member.id(), 1, answer.requestId(),
                    Map.of("weight", member.weight(), "protocolPort", member.protocolPort(), "name", member.name(),
                            "operatingStatus", member.operatingStatus()))));
        }
        MAPPER.writeValueAsBytes(BatchResult.of(Invocation.start("bench", Clock.systemUTC()), false, outcomes));
    }

    /** A batch-update answer for members {@code from} to {@code to} of the large pool, shaped like ELB's. */
    private static byte[] answer(int from, int to) throws IOException {
        ObjectNode answer = MAPPER.createObjectNode().put("request_id", "0123456789abcdef0123456789abcdef");
        ArrayNode members = answer.putArray("members");
        for (int n = from; n < to; n++) {
            members.addObject().put("id", LargePool.memberId(n)).put("name", "node-" + n)
                    .put("project_id", DemoFleet.PROJECT_ID).put("admin_state_up", true)
                    .put("subnet_cidr_id", "11111111-2222-4333-8444-555555555555").put("protocol_port", 80)
                    .put("weight", 7).put("address", "10.0." + n / 250 + "." + (n % 250 + 1))
                    .put("operating_status", "ONLINE").put("member_type", "ip").putNull("instance_id")
                    .put("created_at", "2026-01-05T08:00:00Z").put("updated_at", "2026-01-05T08:00:00Z");
        }
        return MAPPER.writeValueAsBytes(answer);
    }
}
