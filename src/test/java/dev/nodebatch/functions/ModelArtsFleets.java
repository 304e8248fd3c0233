package dev.nodebatch.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Fleets, inputs and fleet reads for ModelArts tests. */
final class ModelArtsFleets {

    static final String PROJECT = "0123456789abcdef0123456789abcdef";
    /** Answers in successNodeNames/failNodeNames: h7k2a, b, c Available, d Abnormal, e Creating. */
    static final String TRAIN_POOL = "pool-gpu-train-5f2c8e1a-3b4d-4c6e-8f9a-0b1c2d3e4f51";
    static final String TRAIN_A = "os-node-created-h7k2a";
    static final String TRAIN_B = "os-node-created-h7k2b";
    static final String TRAIN_C = "os-node-created-h7k2c";
    static final String TRAIN_ABNORMAL = "os-node-created-h7k2d";
    static final String TRAIN_CREATING = "os-node-created-h7k2e";
    /** Answers in nodes[{name, status}]: q4m8a, b Available, c Deleting. */
    static final String INFER_POOL = "pool-npu-infer-7a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c02";
    static final String INFER_A = "os-node-created-q4m8a";
    static final String INFER_DELETING = "os-node-created-q4m8c";
    static final String BIG_POOL = "pool-big-00000000-0000-4000-8000-000000000250";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelArtsFleets() {
    }

    static String nodeName(int n) {
        return String.format(Locale.ROOT, "node-%04d", n);
    }

    static List<String> bigPoolNames(int count) {
        List<String> names = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            names.add(nodeName(n));
        }
        return names;
    }

    /** The demo fleet plus a pool of {@code size} Available nodes named {@link #nodeName(int)} 0.. size-1. */
    static String withBigPool(int size) {
        try {
            ObjectNode fleet = (ObjectNode) MAPPER.readTree(EmulatorControl.resource("emulator/demo-fleet.json"));
            ArrayNode pools = (ArrayNode) fleet.at("/huawei/projects/" + PROJECT + "/modelarts/pools");
            ArrayNode nodes = pools.addObject().put("name", BIG_POOL).putArray("nodes");
            bigPoolNames(size).forEach(name -> nodes.addObject().put("name", name));
            return MAPPER.writeValueAsString(fleet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An input for {@code nodeNames} of {@code pool} with extra fields, e.g. {@code ,"cloud":"otc"}. */
    static String input(String region, String pool, List<String> nodeNames, String action, String extra) {
        String names = nodeNames.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(","));
        return "{\"region\":\"" + region + "\",\"projectId\":\"" + PROJECT + "\",\"poolName\":\"" + pool
                + "\",\"nodeNames\":[" + names + "],\"action\":\"" + action + "\"" + extra + "}";
    }

    static String open(String pool, String... nodeNames) {
        return input("ap-southeast-3", pool, List.of(nodeNames), "openHaRedundant", "");
    }

    /** A node as the emulator's fleet now has it. */
    static Map<String, Object> node(String pool, String name) {
        return EmulatorControl.fleet().getMap("huawei.projects.'" + PROJECT + "'.modelarts.pools.find { it.name == '"
                + pool + "' }.nodes.find { it.name == '" + name + "' }");
    }
}
