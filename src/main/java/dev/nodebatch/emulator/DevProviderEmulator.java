package dev.nodebatch.emulator;

import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Starts the provider emulator next to the functions in dev mode, accepting the credentials the functions sign
 * with, so that {@code ./mvnw quarkus:dev} works without a cloud account. Not part of prod builds.
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
    private ProviderEmulator emulator;

    DevProviderEmulator(Vertx vertx,
            @ConfigProperty(name = "huaweicloud.sdk.ak") String accessKey,
            @ConfigProperty(name = "huaweicloud.sdk.sk") String secretKey,
            @ConfigProperty(name = "nodebatch.emulator.port", defaultValue = "8089") int port,
            @ConfigProperty(name = "nodebatch.emulator.huawei-rate-limit", defaultValue = "0") int huaweiRateLimit) {
        this.vertx = vertx;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.port = port;
        this.huaweiRateLimit = huaweiRateLimit;
    }

    void start(@Observes StartupEvent event) {
        EmulatorSettings settings = EmulatorSettings.withDemoFleet(Map.of(accessKey, secretKey))
                .withRateLimit(RateLimit.perSecond(huaweiRateLimit));
        emulator = new ProviderEmulator(vertx, settings);
        LOG.infof("Provider emulator listening on http://localhost:%d", emulator.start(port));
    }

    void stop(@Observes ShutdownEvent event) {
        if (emulator != null) {
            emulator.close();
        }
    }
}
