package dev.nodebatch.emulator;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A pool of many members in the demo project, for load and benchmark runs: member {@code n} has the id
 * {@link #memberId(int)}, weight 10, port 80 and an address of its own.
 */
public final class LargePool {

    public static final String ID = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";

    private LargePool() {
    }

    public static String memberId(int n) {
        return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", n);
    }

    /** The demo fleet with a pool of {@code size} members added to the demo project. */
    public static JsonNode inDemoFleet(int size) {
        JsonNode fleet = EmulatorSettings.demoFleet();
        ArrayNode pools = (ArrayNode) fleet.at("/huawei/projects/" + DemoFleet.PROJECT_ID + "/elb/pools");
        ObjectNode pool = pools.addObject().put("id", ID).put("name", "large-pool").put("protocol", "HTTP")
                .put("lbAlgorithm", "ROUND_ROBIN").put("anyPortEnable", false);
        ArrayNode members = pool.putArray("members");
        for (int n = 0; n < size; n++) {
            members.addObject().put("id", memberId(n)).put("name", "node-" + n)
                    .put("address", "10." + (n / 62500) + "." + (n / 250 % 250) + "." + (n % 250 + 1))
                    .put("protocolPort", 80).put("weight", 10)
                    .put("subnetCidrId", "11111111-2222-4333-8444-555555555555");
        }
        return fleet;
    }
}
