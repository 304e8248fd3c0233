package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.emulator.DemoFleet.WEB_1;
import static dev.nodebatch.emulator.DemoFleet.WEB_POOL;
import static dev.nodebatch.emulator.DemoFleet.membersPath;
import static dev.nodebatch.emulator.RunningEmulator.CREDENTIALS;
import static dev.nodebatch.emulator.RunningEmulator.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ControlApiTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final String FIRST_MEMBER = "/huawei/projects/" + PROJECT_ID + "/elb/pools/0/members/0";

    @Test
    @DisplayName("state round-trips through GET and PUT")
    void stateRoundTrips() {
        JsonNode before = emulator.state();
        ObjectNode changed = before.deepCopy();
        ((ObjectNode) changed.at(FIRST_MEMBER)).put("weight", 55).put("operatingStatus", "OFFLINE");

        HttpResponse<String> put = emulator.control("PUT", "/state", changed.toString());

        assertEquals(200, put.statusCode(), put.body());
        assertEquals(changed, emulator.state());
        JsonNode shown = json(emulator.huawei("GET", membersPath(WEB_POOL) + "/" + WEB_1, null)).path("member");
        assertEquals(55, shown.path("weight").asInt());
        assertEquals("OFFLINE", shown.path("operating_status").asText());
    }

    @Test
    @DisplayName("the demo fleet is the initial state")
    void demoFleetIsTheInitialState() {
        JsonNode pools = emulator.state().at("/huawei/projects/" + PROJECT_ID + "/elb/pools");

        assertEquals(2, pools.size());
        assertEquals("web-pool", pools.at("/0/name").asText());
        assertEquals(4, pools.at("/0/members").size());
        assertTrue(pools.at("/1/anyPortEnable").asBoolean());
        assertEquals(2, pools.at("/1/members").size());
    }

    @Test
    @DisplayName("a bad fleet document is refused with a clear message and changes nothing")
    void badFleetIsRefused() {
        ObjectNode wrongWeight = emulator.state().deepCopy();
        ((ObjectNode) wrongWeight.at(FIRST_MEMBER)).put("weight", 101);
        ObjectNode misspelt = emulator.state().deepCopy();
        ((ObjectNode) misspelt.at(FIRST_MEMBER)).put("wieght", 5);

        HttpResponse<String> outOfRange = emulator.control("PUT", "/state", wrongWeight.toString());
        HttpResponse<String> unknownField = emulator.control("PUT", "/state", misspelt.toString());
        HttpResponse<String> notJson = emulator.control("PUT", "/state", "{\"huawei\":");

        assertEquals(400, outOfRange.statusCode());
        assertEquals("huawei.projects." + PROJECT_ID + ".elb: Member " + WEB_1 + " weight must be within [0, 100]"
                + " (at pools[0].members[0])", json(outOfRange).path("error").asText());
        assertEquals(400, unknownField.statusCode());
        assertTrue(json(unknownField).path("error").asText().contains("\"wieght\""), unknownField.body());
        assertEquals(400, notJson.statusCode());
        assertTrue(json(notJson).path("error").asText().startsWith("The body is not valid JSON"), notJson.body());
        assertEquals(10, emulator.member(WEB_POOL, WEB_1).path("weight").asInt());
    }

    @Test
    @DisplayName("the request log records provider calls without secrets")
    void requestLogHasNoSecrets() {
        emulator.huawei("GET", membersPath(WEB_POOL) + "/" + WEB_1, null);
        emulator.control("GET", "/state", null);

        HttpResponse<String> log = emulator.control("GET", "/requests", null);

        JsonNode requests = json(log).path("requests");
        assertEquals(1, requests.size(), log.body());
        JsonNode request = requests.get(0);
        assertEquals("elb.showMember", request.path("operation").asText());
        assertEquals("GET", request.path("method").asText());
        assertEquals(membersPath(WEB_POOL) + "/" + WEB_1, request.path("path").asText());
        assertEquals(200, request.path("status").asInt());
        assertEquals(CREDENTIALS.accessKey(), request.path("accessKey").asText());
        assertFalse(request.path("startedAt").asText().isEmpty());
        assertEquals(1, json(log).at("/maxInFlight/elb.showMember").asInt());
        assertFalse(log.body().contains(CREDENTIALS.secretKey()));
        assertFalse(log.body().contains("Signature="));
    }

    @Test
    @DisplayName("deleting the request log clears entries and maxima")
    void requestLogClears() {
        emulator.huawei("GET", membersPath(WEB_POOL) + "/" + WEB_1, null);

        assertEquals(204, emulator.control("DELETE", "/requests", null).statusCode());

        JsonNode log = json(emulator.control("GET", "/requests", null));
        assertEquals(0, log.path("requests").size());
        assertEquals(0, log.path("maxInFlight").size());
    }

    @Test
    @DisplayName("control calls need no signature and carry X-Request-Id")
    void controlCallsAreUnsigned() {
        HttpResponse<String> response = emulator.control("GET", "/faults", null);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("X-Request-Id").orElseThrow().matches("[0-9a-f]{32}"));
    }
}
