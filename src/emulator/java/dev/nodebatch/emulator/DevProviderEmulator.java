package dev.nodebatch.emulator;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.nodebatch.emulator.azure.AzureAccess;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Starts the provider emulator next to the functions in dev mode, accepting the credentials the functions sign
 * with (Huawei AK/SK, the Azure Batch Shared Key, the Entra ID application where one is configured), so that {@code ./mvnw quarkus:dev -Pemulator} works without a cloud account. Its
 * sources are test sources in every other build, so no packaged artifact holds it.
 */
@Singleton
@IfBuildProfile("dev")
public class DevProviderEmulator {

    private static final Logger LOG = Logger.getLogger(DevProviderEmulator.class);

    private final Vertx vertx;
    private final String accessKey;
    private final String secretKey;
    private final int port;
    private final int huaweiRateLimit;
    private final AzureAccess azure;
    private ProviderEmulator emulator;

    DevProviderEmulator(Vertx vertx,
            @ConfigProperty(name = "huaweicloud.sdk.ak") String accessKey,
            @ConfigProperty(name = "huaweicloud.sdk.sk") String secretKey,
            @ConfigProperty(name = "nodebatch.emulator.port", defaultValue = "8089") int port,
            @ConfigProperty(name = "nodebatch.emulator.huawei-rate-limit", defaultValue = "0") int huaweiRateLimit,
            @ConfigProperty(name = "azure.batch.account") String batchAccount,
            @ConfigProperty(name = "azure.batch.access-key") String batchKey,
            @ConfigProperty(name = "azure.tenant-id") Optional<String> tenantId,
            @ConfigProperty(name = "azure.client-id") Optional<String> clientId,
            @ConfigProperty(name = "azure.client-secret") Optional<String> clientSecret) {
        this.vertx = vertx;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.port = port;
        this.huaweiRateLimit = huaweiRateLimit;
        // the Entra application the functions are configured with, if any, is the one the token endpoint knows
        Map<String, AzureAccess.EntraApp> apps = clientId.isPresent() && tenantId.isPresent() && clientSecret.isPresent()
                ? Map.of(clientId.get(), new AzureAccess.EntraApp(tenantId.get(), clientSecret.get()))
                : Map.of();
        this.azure = new AzureAccess(batchAccount, batchKey, apps, AzureAccess.ENTRA_TOKEN_LIFETIME);
    }

    void start(@Observes StartupEvent event) {
        EmulatorSettings settings = EmulatorSettings.withDemoFleet(Map.of(accessKey, secretKey))
                .withRateLimit(RateLimit.perSecond(huaweiRateLimit)).withAzure(azure);
        emulator = new ProviderEmulator(vertx, settings);
        LOG.infof("Provider emulator listening on http://localhost:%d", emulator.start(port));
    }

    void stop(@Observes ShutdownEvent event) {
        if (emulator != null) {
            emulator.close();
        }
    }
}
