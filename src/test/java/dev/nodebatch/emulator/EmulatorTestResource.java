package dev.nodebatch.emulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.nodebatch.emulator.azure.AzureAccess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * Runs the provider emulator with the demo fleet on a free port and points the functions' Huawei endpoints (ELB,
 * DCS, GaussDB NoSQL, ModelArts), the Azure Batch allow-list and the credentials at it. The init arg {@value #FUNCTION_SECRET_KEY} gives the functions a
 * different secret key than the one the emulator accepts, for authentication failure tests; {@value #AZURE_AUTH}
 * {@code entra} makes the functions use Microsoft Entra ID instead of the Batch Shared Key, with tokens that live
 * {@value #TOKEN_LIFETIME_SECONDS} seconds where given.
 * <p>
 * A packaged application under test ({@code @QuarkusIntegrationTest}) gets what this resource returns as system
 * properties on its command line, which the build log shows. Its credentials therefore come from the environment
 * it inherits from the test process ({@code HUAWEICLOUD_SDK_*}, {@code AZURE_BATCH_*}), and this resource makes the emulator accept exactly
 * those. The failsafe configuration of the pom sets those variables and the system property
 * {@value #CREDENTIALS_FROM_ENVIRONMENT}.
 */
public class EmulatorTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCESS_KEY = "TESTACCESSKEY0000001";
    public static final String SECRET_KEY = "test-secret-key-not-a-real-one-0000000001";
    /** The functions sign as temporary credentials do; the emulator, like the gateway, checks the signature over it. */
    public static final String SECURITY_TOKEN = "test-security-token-not-a-real-one-0000000001";
    /** A second AK/SK the emulator accepts, as a rotated secret gives it: the functions never sign with it by config. */
    public static final String ROTATED_ACCESS_KEY = "TESTACCESSKEY0000002";
    public static final String ROTATED_SECRET_KEY = "test-secret-key-not-a-real-one-0000000002";
    public static final String FUNCTION_SECRET_KEY = "functionSecretKey";
    /** System property: the application under test takes its credentials from its environment. */
    static final String CREDENTIALS_FROM_ENVIRONMENT = "nodebatch.test.credentials-from-environment";

    public static final String AZURE_BATCH_ACCOUNT = "testbatchaccount";
    /** Base64 of readable text: obviously not a real account key. */
    public static final String AZURE_BATCH_KEY = "dGVzdC1iYXRjaC1hY2NvdW50LWtleS1ub3QtYS1yZWFsLW9uZQ==";
    public static final String ENTRA_TENANT = "11111111-2222-4333-8444-555555555555";
    public static final String ENTRA_CLIENT = "66666666-7777-4888-9999-000000000000";
    public static final String ENTRA_SECRET = "test-client-secret-not-a-real-one";
    public static final String AZURE_AUTH = "azureAuth";
    public static final String TOKEN_LIFETIME_SECONDS = "tokenLifetimeSeconds";

    /** What the emulator accepts from Azure callers in tests. */
    public static AzureAccess azureAccess() {
        return new AzureAccess(AZURE_BATCH_ACCOUNT, AZURE_BATCH_KEY,
                Map.of(ENTRA_CLIENT, new AzureAccess.EntraApp(ENTRA_TENANT, ENTRA_SECRET)),
                AzureAccess.ENTRA_TOKEN_LIFETIME);
    }

    private final boolean packagedApp = Boolean.getBoolean(CREDENTIALS_FROM_ENVIRONMENT);
    private String functionSecretKey = SECRET_KEY;
    private boolean entra;
    private Duration tokenLifetime = AzureAccess.ENTRA_TOKEN_LIFETIME;
    private Vertx vertx;
    private ProviderEmulator emulator;

    @Override
    public void init(Map<String, String> initArgs) {
        functionSecretKey = initArgs.getOrDefault(FUNCTION_SECRET_KEY, SECRET_KEY);
        entra = "entra".equals(initArgs.get(AZURE_AUTH));
        if (initArgs.containsKey(TOKEN_LIFETIME_SECONDS)) {
            tokenLifetime = Duration.ofSeconds(Long.parseLong(initArgs.get(TOKEN_LIFETIME_SECONDS)));
        }
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> accepted = packagedApp
                ? Map.of(packagedAppEnv("HUAWEICLOUD_SDK_AK"), packagedAppEnv("HUAWEICLOUD_SDK_SK"))
                : Map.of(ACCESS_KEY, SECRET_KEY, ROTATED_ACCESS_KEY, ROTATED_SECRET_KEY);
        AzureAccess azure = packagedApp
                ? new AzureAccess(packagedAppEnv("AZURE_BATCH_ACCOUNT"), packagedAppEnv("AZURE_BATCH_ACCESS_KEY"),
                        Map.of(), AzureAccess.ENTRA_TOKEN_LIFETIME)
                : azureAccess().withTokenLifetime(tokenLifetime);
        emulator = new ProviderEmulator(vertx, EmulatorSettings.withDemoFleet(accepted).withAzure(azure));
        String url = "http://localhost:" + emulator.start(0);
        Map<String, String> config = new HashMap<>(Map.of(
                "nodebatch.huawei.endpoints.elb", url,
                "nodebatch.huawei.endpoints.dcs", url,
                "nodebatch.huawei.endpoints.gaussdb-nosql", url,
                "nodebatch.huawei.endpoints.modelarts", url,
                "nodebatch.emulator.url", url,
                "nodebatch.azure.allowed-batch-urls", url));
        if (packagedApp) {
            return config;
        }
        config.putAll(Map.of(
                "huaweicloud.sdk.ak", ACCESS_KEY,
                "huaweicloud.sdk.sk", functionSecretKey,
                "huaweicloud.sdk.security-token", SECURITY_TOKEN));
        if (entra) {
            config.putAll(Map.of("azure.tenant-id", ENTRA_TENANT, "azure.client-id", ENTRA_CLIENT,
                    "azure.client-secret", ENTRA_SECRET, "nodebatch.azure.authority", url));
        } else {
            config.putAll(Map.of("azure.batch.account", AZURE_BATCH_ACCOUNT, "azure.batch.access-key", AZURE_BATCH_KEY));
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
