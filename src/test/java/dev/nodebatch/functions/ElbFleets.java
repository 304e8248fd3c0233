package dev.nodebatch.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Fleets and inputs for ELB tests beyond the demo fleet. */
final class ElbFleets {

    static final String PROJECT = "0123456789abcdef0123456789abcdef";
    static final String WEB_POOL = "4b2a5ef0-8b3d-4c1e-9f6a-0a1b2c3d4e5f";
    static final String WEB_1 = "61da8098-0c2f-4e1a-9d55-1f0e8a7b6c01";
    static final String WEB_2 = "9346ad28-5f3e-4b7c-8a21-2d4c6e8f0a02";
    static final String WEB_3 = "94548801-7a6b-4c5d-8e9f-3a2b1c0d9e03";
    static final String WEB_4 = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c04";
    static final String BIG_POOL = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";

    private ElbFleets() {
    }

    static String memberId(int n) {
        return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", n);
    }

    /** The demo fleet plus a pool of {@code size} members with ids {@link #memberId(int)} 0.. size-1. */
    static String withBigPool(int size) {
        List<String> members = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            members.add(String.format(Locale.ROOT, "{\"id\":\"%s\",\"name\":\"node-%d\",\"address\":\"10.0.%d.%d\","
                    + "\"protocolPort\":80,\"weight\":10,\"operatingStatus\":\"ONLINE\","
                    + "\"subnetCidrId\":\"11111111-2222-4333-8444-555555555555\",\"memberType\":\"ip\"}",
                    memberId(n), n, n / 250, n % 250 + 1));
        }
        String bigPool = "{\"id\":\"" + BIG_POOL + "\",\"name\":\"big-pool\",\"protocol\":\"HTTP\","
                + "\"lbAlgorithm\":\"ROUND_ROBIN\",\"anyPortEnable\":false,\"members\":["
                + String.join(",", members) + "]}";
        String demo = EmulatorControl.resource("emulator/demo-fleet.json");
        int poolsStart = demo.indexOf("\"pools\"");
        int listStart = demo.indexOf('[', poolsStart);
        return demo.substring(0, listStart + 1) + bigPool + "," + demo.substring(listStart + 1);
    }

    /** An input that sets every listed member's weight. */
    static String weights(String poolId, List<String> memberIds, int weight, String options) {
        String members = memberIds.stream()
                .map(id -> "{\"id\":\"" + id + "\",\"weight\":" + weight + "}")
                .collect(Collectors.joining(","));
        return "{\"region\":\"eu-west-101\",\"projectId\":\"" + PROJECT + "\",\"poolId\":\"" + poolId
                + "\",\"members\":[" + members + "],\"options\":" + options + "}";
    }

    static List<String> bigPoolIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            ids.add(memberId(n));
        }
        return ids;
    }

    static Map<String, Object> member(io.restassured.path.json.JsonPath fleet, String poolId, String memberId) {
        return fleet.getMap("huawei.projects.'" + PROJECT + "'.elb.pools.find { it.id == '" + poolId
                + "' }.members.find { it.id == '" + memberId + "' }");
    }
}
