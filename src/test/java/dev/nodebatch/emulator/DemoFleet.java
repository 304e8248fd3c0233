package dev.nodebatch.emulator;

/** Ids of the demo fleet ({@code emulator/demo-fleet.json}). */
public final class DemoFleet {

    public static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";
    public static final String WEB_POOL = "4b2a5ef0-8b3d-4c1e-9f6a-0a1b2c3d4e5f";
    public static final String WEB_1 = "61da8098-0c2f-4e1a-9d55-1f0e8a7b6c01";
    public static final String WEB_2 = "9346ad28-5f3e-4b7c-8a21-2d4c6e8f0a02";
    public static final String WEB_3 = "94548801-7a6b-4c5d-8e9f-3a2b1c0d9e03";
    public static final String WEB_4 = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c04";
    public static final String GATEWAY_POOL = "7c9d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f";
    public static final String GW_1 = "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d01";
    public static final String GW_2 = "c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e02";

    /** DCS "cache-orders": ha, three Active nodes, a successful backup two hours before load. */
    public static final String CACHE_ORDERS = "3f6e1b2a-8c4d-4e5f-9a0b-1c2d3e4f5a01";
    public static final String ORDERS_NODE_1 = "a0c1e2f3-0000-4a1b-8c2d-3e4f5a6b7c01";
    public static final String ORDERS_NODE_2 = "a0c1e2f3-0000-4a1b-8c2d-3e4f5a6b7c02";
    public static final String ORDERS_NODE_3 = "a0c1e2f3-0000-4a1b-8c2d-3e4f5a6b7c03";
    public static final String ORDERS_RECENT_BACKUP = "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f01";
    public static final String ORDERS_OLD_BACKUP = "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f02";
    /** DCS "cache-carts": ha, two Active nodes; its last 24 hours hold only a failed backup. */
    public static final String CACHE_CARTS = "3f6e1b2a-8c4d-4e5f-9a0b-1c2d3e4f5a02";
    public static final String CARTS_NODE_1 = "a0c1e2f3-0000-4a1b-8c2d-3e4f5a6b7d01";
    /** DCS "cache-scratch": single-node, no backups. */
    public static final String CACHE_SCRATCH = "3f6e1b2a-8c4d-4e5f-9a0b-1c2d3e4f5a03";
    public static final String SCRATCH_NODE = "a0c1e2f3-0000-4a1b-8c2d-3e4f5a6b7e01";

    /** GeminiDB Cassandra instances: 1 and 2 have a patch available, 3 has none. */
    public static final String CASSANDRA_1 = "c8a1e5f0b2d94c7a8e3f6a9b0c1d2e01in06";
    public static final String CASSANDRA_2 = "c8a1e5f0b2d94c7a8e3f6a9b0c1d2e02in06";
    public static final String CASSANDRA_3 = "c8a1e5f0b2d94c7a8e3f6a9b0c1d2e03in06";
    /** GeminiDB Mongo instances with a patch available: 1 is normal, 2 abnormal. */
    public static final String MONGO_1 = "d9b2f6a1c3e04d8b9f4a7b0c1d2e3f01in10";
    public static final String MONGO_2 = "d9b2f6a1c3e04d8b9f4a7b0c1d2e3f02in10";

    /** ModelArts pool answering in successNodeNames/failNodeNames: h7k2a, b, c Available, d Abnormal, e Creating. */
    public static final String TRAIN_POOL = "pool-gpu-train-5f2c8e1a-3b4d-4c6e-8f9a-0b1c2d3e4f51";
    public static final String TRAIN_A = "os-node-created-h7k2a";
    public static final String TRAIN_B = "os-node-created-h7k2b";
    public static final String TRAIN_C = "os-node-created-h7k2c";
    public static final String TRAIN_ABNORMAL = "os-node-created-h7k2d";
    public static final String TRAIN_CREATING = "os-node-created-h7k2e";
    /** ModelArts pool answering in nodes[{name, status}]: q4m8a, b Available, c Deleting. */
    public static final String INFER_POOL = "pool-npu-infer-7a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c02";
    public static final String INFER_A = "os-node-created-q4m8a";
    public static final String INFER_B = "os-node-created-q4m8b";
    public static final String INFER_DELETING = "os-node-created-q4m8c";

    private DemoFleet() {
    }

    public static String membersPath(String poolId) {
        return "/v3/" + PROJECT_ID + "/elb/pools/" + poolId + "/members";
    }

    public static String dcsInstancePath(String instanceId) {
        return "/v2/" + PROJECT_ID + "/instances/" + instanceId;
    }

    public static String dcsJobPath(String jobId) {
        return "/v2/" + PROJECT_ID + "/jobs/" + jobId;
    }

    public static String geminiDbPath(String rest) {
        return "/v3/" + PROJECT_ID + rest;
    }

    public static String poolNodesPath(String poolName) {
        return "/v2/" + PROJECT_ID + "/pools/" + poolName + "/nodes";
    }
}
