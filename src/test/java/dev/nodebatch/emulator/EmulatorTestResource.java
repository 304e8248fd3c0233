package dev.nodebatch.emulator;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * Runs the provider emulator with the demo fleet on a free port and points the functions' Huawei endpoints (ELB,
 * DCS, GaussDB NoSQL, ModelArts) and credentials at it. The init arg {@value #FUNCTION_SECRET_KEY} gives the functions a
 * different secret key than the one the emulator accepts, for authentication failure tests.
 */
public class EmulatorTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCESS_KEY = "TESTACCESSKEY0000001";
    public static final String SECRET_KEY = "test-secret-key-not-a-real-one-0000000001";
    /** The functions sign as temporary credentials do; the emulator, like the gateway, checks the signature over it. */
    public static final String SECURITY_TOKEN = "test-security-token-not-a-real-one-0000000001";
    public static final String FUNCTION_SECRET_KEY = "functionSecretKey";

    private String functionSecretKey = SECRET_KEY;
    private Vertx vertx;
    private ProviderEmulator emulator;

    @Override
    public void init(Map<String, String> initArgs) {
        functionSecretKey = initArgs.getOrDefault(FUNCTION_SECRET_KEY, SECRET_KEY);
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        emulator = new ProviderEmulator(vertx, EmulatorSettings.withDemoFleet(Map.of(ACCESS_KEY, SECRET_KEY)));
        String url = "http://localhost:" + emulator.start(0);
        return Map.of(
                "nodebatch.huawei.endpoints.elb", url,
                "nodebatch.huawei.endpoints.dcs", url,
                "nodebatch.huawei.endpoints.gaussdb-nosql", url,
                "nodebatch.huawei.endpoints.modelarts", url,
                "huaweicloud.sdk.ak", ACCESS_KEY,
                "huaweicloud.sdk.sk", functionSecretKey,
                "huaweicloud.sdk.security-token", SECURITY_TOKEN,
                "nodebatch.emulator.url", url);
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
