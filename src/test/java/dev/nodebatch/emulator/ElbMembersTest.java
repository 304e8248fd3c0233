package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.GATEWAY_POOL;
import static dev.nodebatch.emulator.DemoFleet.GW_1;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.emulator.DemoFleet.WEB_1;
import static dev.nodebatch.emulator.DemoFleet.WEB_2;
import static dev.nodebatch.emulator.DemoFleet.WEB_3;
import static dev.nodebatch.emulator.DemoFleet.WEB_4;
import static dev.nodebatch.emulator.DemoFleet.WEB_POOL;
import static dev.nodebatch.emulator.DemoFleet.membersPath;
import static dev.nodebatch.emulator.RunningEmulator.CREDENTIALS;
import static dev.nodebatch.emulator.RunningEmulator.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ElbMembersTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    @Test
    @DisplayName("a batch update changes name and weight and answers the members in request order")
    void batchUpdateChangesMembers() {
        HttpResponse<String> response = batchUpdate(WEB_POOL,
                "{\"id\":\"" + WEB_2 + "\",\"name\":\"web-2b\",\"weight\":50,\"admin_state_up\":false},"
                        + "{\"id\":\"" + WEB_1 + "\",\"weight\":0,\"protocol_port\":8080}");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode members = json(response).path("members");
        assertEquals(List.of(WEB_2, WEB_1), List.of(members.get(0).path("id").asText(), members.get(1).path("id").asText()));
        JsonNode web2 = members.get(0);
        assertEquals("web-2b", web2.path("name").asText());
        assertEquals(50, web2.path("weight").asInt());
        assertTrue(web2.path("admin_state_up").asBoolean(), "admin_state_up is not updatable");
        assertEquals(PROJECT_ID, web2.path("project_id").asText());
        assertEquals("192.168.0.12", web2.path("address").asText());
        assertEquals("ONLINE", web2.path("operating_status").asText());
        assertEquals("instance", web2.path("member_type").asText());
        assertTrue(web2.path("updated_at").asText().matches(TIMESTAMP), web2.toString());
        assertTrue(web2.path("created_at").asText().matches(TIMESTAMP), web2.toString());
        assertEquals(8080, members.get(1).path("protocol_port").asInt());
        assertEquals(50, emulator.member(WEB_POOL, WEB_2).path("weight").asInt());
        assertEquals(0, emulator.member(WEB_POOL, WEB_1).path("weight").asInt());
        assertEquals("web-3", emulator.member(WEB_POOL, WEB_3).path("name").asText());
    }

    @Test
    @DisplayName("an empty body is refused with ELB.0002")
    void emptyBodyIsRefused() {
        HttpResponse<String> response = emulator.huawei("POST", membersPath(WEB_POOL) + "/batch-update", "");

        assertError(response, 400, "ELB.0002", "The request body is empty.");
    }

    @Test
    @DisplayName("a body that is not JSON is refused with ELB.1001")
    void unparsableBodyIsRefused() {
        HttpResponse<String> response = emulator.huawei("POST", membersPath(WEB_POOL) + "/batch-update", "{\"members\":[");

        assertError(response, 400, "ELB.1001", "Invalid input for request body: it is not valid JSON");
    }

    @Test
    @DisplayName("a body without members is refused")
    void noMembersAreRefused() {
        assertError(emulator.huawei("POST", membersPath(WEB_POOL) + "/batch-update", "{\"members\":[]}"), 400,
                "ELB.1001", "Invalid input for members: a non-empty list of members is required");
    }

    @Test
    @DisplayName("more than 200 members are refused")
    void moreThan200MembersAreRefused() {
        String members = IntStream.range(0, 201).mapToObj(i -> "{\"id\":\"member-" + i + "\",\"weight\":1}")
                .collect(Collectors.joining(","));

        assertError(batchUpdate(WEB_POOL, members), 400, "ELB.1001",
                "Invalid input for members: at most 200 members can be updated at once, got 201");
    }

    @Test
    @DisplayName("200 members are updated in one call")
    void twoHundredMembersAreAccepted() {
        ObjectNode fleet = EmulatorSettings.demoFleet().deepCopy();
        ArrayNode members = (ArrayNode) fleet.at("/huawei/projects/" + PROJECT_ID + "/elb/pools/0/members");
        IntStream.range(0, 196).forEach(i -> members.addObject().put("id", "extra-" + i).put("address", "10.0.0." + i));
        emulator.control("PUT", "/state", fleet.toString());
        String updates = IntStream.range(0, 200).mapToObj(i -> members.get(i).path("id").asText())
                .map(id -> "{\"id\":\"" + id + "\",\"weight\":77}").collect(Collectors.joining(","));

        HttpResponse<String> response = batchUpdate(WEB_POOL, updates);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(200, json(response).path("members").size());
        assertEquals(77, emulator.member(WEB_POOL, "extra-195").path("weight").asInt());
    }

    @Test
    @DisplayName("a member listed twice is refused")
    void memberListedTwiceIsRefused() {
        assertError(batchUpdate(WEB_POOL, "{\"id\":\"" + WEB_1 + "\",\"weight\":1},{\"id\":\"" + WEB_1 + "\"}"),
                400, "ELB.1001", "Invalid input for id: member " + WEB_1 + " is listed more than once");
    }

    @Test
    @DisplayName("a member without id is refused")
    void memberWithoutIdIsRefused() {
        assertError(batchUpdate(WEB_POOL, "{\"id\":\"" + WEB_1 + "\",\"weight\":1},{\"weight\":1}"), 400, "ELB.1001",
                "Invalid input for id: member at index 1 has no id");
    }

    @Test
    @DisplayName("a weight out of range names the member")
    void weightOutOfRangeNamesTheMember() {
        assertError(batchUpdate(WEB_POOL, "{\"id\":\"" + WEB_2 + "\",\"weight\":101}"), 400, "ELB.1001",
                "Invalid input for weight: member " + WEB_2 + " weight 101 is out of range [0, 100]");
    }

    @Test
    @DisplayName("a protocol port out of range names the member")
    void protocolPortOutOfRangeNamesTheMember() {
        assertError(batchUpdate(WEB_POOL, "{\"id\":\"" + WEB_3 + "\",\"protocol_port\":65536}"), 400, "ELB.1001",
                "Invalid input for protocol_port: member " + WEB_3 + " protocol_port 65536 is out of range [1, 65535]");
    }

    @Test
    @DisplayName("a protocol port in a port passthrough pool is refused")
    void protocolPortInAnyPortPoolIsRefused() {
        HttpResponse<String> response = batchUpdate(GATEWAY_POOL, "{\"id\":\"" + GW_1 + "\",\"protocol_port\":443}");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("ELB.1001", json(response).path("error_code").asText());
        assertTrue(json(response).path("error_msg").asText().contains(GW_1), response.body());
    }

    @Test
    @DisplayName("the weight of a port passthrough pool's member can change")
    void weightInAnyPortPoolChanges() {
        assertEquals(200, batchUpdate(GATEWAY_POOL, "{\"id\":\"" + GW_1 + "\",\"weight\":5}").statusCode());
        assertEquals(5, emulator.member(GATEWAY_POOL, GW_1).path("weight").asInt());
    }

    @Test
    @DisplayName("an unknown member is named in the error and nothing changes")
    void unknownMemberIsNamed() {
        HttpResponse<String> response = batchUpdate(WEB_POOL,
                "{\"id\":\"" + WEB_1 + "\",\"weight\":42},{\"id\":\"5f0c1d2e-0000-4000-8000-000000000000\",\"weight\":1}");

        assertError(response, 404, "ELB.8902", "Member 5f0c1d2e-0000-4000-8000-000000000000 could not be found.");
        assertEquals(10, emulator.member(WEB_POOL, WEB_1).path("weight").asInt());
    }

    @Test
    @DisplayName("an unknown pool or project is refused with ELB.8902")
    void unknownPoolIsRefused() {
        String unknownPool = "00000000-0000-4000-8000-000000000000";

        assertError(batchUpdate(unknownPool, "{\"id\":\"" + WEB_1 + "\",\"weight\":1}"), 404, "ELB.8902",
                "Pool " + unknownPool + " could not be found.");
        assertError(emulator.huawei("GET", "/v3/ffffffffffffffffffffffffffffffff/elb/pools/" + WEB_POOL + "/members", null),
                404, "ELB.8902", "Pool " + WEB_POOL + " could not be found.");
    }

    @Test
    @DisplayName("members are listed page by page with marker and limit")
    void membersArePaged() {
        JsonNode first = json(list(Map.of("limit", List.of("3"))));
        JsonNode second = json(list(Map.of("limit", List.of("3"), "marker", List.of(WEB_3))));

        assertEquals(List.of(WEB_1, WEB_2, WEB_3), ids(first));
        assertEquals(3, first.at("/page_info/current_count").asInt());
        assertEquals(WEB_1, first.at("/page_info/previous_marker").asText());
        assertEquals(WEB_3, first.at("/page_info/next_marker").asText());
        assertEquals(List.of(WEB_4), ids(second));
        assertTrue(second.at("/page_info/next_marker").isMissingNode(), second.toString());
        assertEquals("v4", first.at("/members/0/ip_version").asText());
    }

    @Test
    @DisplayName("members are filtered by repeated id")
    void membersAreFilteredById() {
        assertEquals(List.of(WEB_2, WEB_4), ids(json(list(Map.of("id", List.of(WEB_4, WEB_2))))));
    }

    @Test
    @DisplayName("a limit above 2000 is refused")
    void limitAbove2000IsRefused() {
        assertError(list(Map.of("limit", List.of("2001"))), 400, "ELB.1001",
                "Invalid input for limit: 2001 is not an integer within [1, 2000]");
    }

    @Test
    @DisplayName("one member is shown")
    void memberIsShown() {
        HttpResponse<String> response = emulator.huawei("GET", membersPath(WEB_POOL) + "/" + WEB_4, null);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode member = json(response).path("member");
        assertEquals("web-4", member.path("name").asText());
        assertEquals(80, member.path("protocol_port").asInt());
        assertEquals("v4", member.path("ip_version").asText());
        assertFalse(json(response).path("request_id").asText().isEmpty());
    }

    private static HttpResponse<String> batchUpdate(String poolId, String members) {
        return emulator.huawei("POST", membersPath(poolId) + "/batch-update", "{\"members\":[" + members + "]}");
    }

    private static HttpResponse<String> list(Map<String, List<String>> query) {
        return emulator.huawei("GET", membersPath(WEB_POOL), query, null, CREDENTIALS, Instant.now());
    }

    private static List<String> ids(JsonNode listing) {
        return listing.path("members").findValues("id").stream().map(JsonNode::asText).toList();
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String message) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals(code, body.path("error_code").asText());
        assertEquals(message, body.path("error_msg").asText());
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), body.path("request_id").asText());
    }
}
