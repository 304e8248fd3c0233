package dev.nodebatch.emulator;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * Runs the provider emulator with the demo fleet on a free port and points the functions' Huawei endpoints (ELB,
 * DCS, GaussDB NoSQL, ModelArts) and credentials at it. The init arg {@value #FUNCTION_SECRET_KEY} gives the functions a
 * different secret key than the one the emulator accepts, for authentication failure tests.
 * <p>
 * A packaged application under test ({@code @QuarkusIntegrationTest}) gets what this resource returns as system
 * properties on its command line, which the build log shows. Its credentials therefore come from the environment
 * it inherits from the test process ({@code HUAWEICLOUD_SDK_*}), and this resource makes the emulator accept exactly
 * those. The failsafe configuration of the pom sets those variables and the system property
 * {@value #CREDENTIALS_FROM_ENVIRONMENT}.
 */
public class EmulatorTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCESS_KEY = "TESTACCESSKEY0000001";
    public static final String SECRET_KEY = "test-secret-key-not-a-real-one-0000000001";
    /** The functions sign as temporary credentials do; the emulator, like the gateway, checks the signature over it. */
    public static final String SECURITY_TOKEN = "test-security-token-not-a-real-one-0000000001";
    public static final String FUNCTION_SECRET_KEY = "functionSecretKey";
    /** System property: the application under test takes its credentials from its environment. */
    static final String CREDENTIALS_FROM_ENVIRONMENT = "nodebatch.test.credentials-from-environment";

    private final boolean packagedApp = Boolean.getBoolean(CREDENTIALS_FROM_ENVIRONMENT);
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
        Map<String, String> accepted = packagedApp
                ? Map.of(packagedAppEnv("HUAWEICLOUD_SDK_AK"), packagedAppEnv("HUAWEICLOUD_SDK_SK"))
                : Map.of(ACCESS_KEY, SECRET_KEY);
        emulator = new ProviderEmulator(vertx, EmulatorSettings.withDemoFleet(accepted));
        String url = "http://localhost:" + emulator.start(0);
        Map<String, String> config = new HashMap<>(Map.of(
                "nodebatch.huawei.endpoints.elb", url,
                "nodebatch.huawei.endpoints.dcs", url,
                "nodebatch.huawei.endpoints.gaussdb-nosql", url,
                "nodebatch.huawei.endpoints.modelarts", url,
                "nodebatch.emulator.url", url));
        if (!packagedApp) {
            config.putAll(Map.of(
                    "huaweicloud.sdk.ak", ACCESS_KEY,
                    "huaweicloud.sdk.sk", functionSecretKey,
                    "huaweicloud.sdk.security-token", SECURITY_TOKEN));
        }
        return config;
    }

    private static String packagedAppEnv(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(CREDENTIALS_FROM_ENVIRONMENT + " is set, but the environment variable "
                    + name + " is not");
        }
        return value;
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
