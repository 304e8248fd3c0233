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

    private DemoFleet() {
    }

    public static String membersPath(String poolId) {
        return "/v3/" + PROJECT_ID + "/elb/pools/" + poolId + "/members";
    }
}
