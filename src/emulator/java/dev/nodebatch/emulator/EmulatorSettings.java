package dev.nodebatch.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.azure.AzureAccess;

/**
 * What an emulator accepts and starts with.
 *
 * @param huaweiCredentials the Huawei access keys it accepts, each mapped to its secret key
 * @param maxClockSkew how far {@code X-Sdk-Date} may be from the emulator's clock (the gateway allows 15 minutes)
 * @param rateLimit the per-credential request rate, until changed through {@code PUT /_emulator/rate-limit}
 * @param fleet the initial fleet document
 * @param azure the Azure Batch account key and Entra ID applications it accepts
 */
public record EmulatorSettings(Map<String, String> huaweiCredentials, Duration maxClockSkew, RateLimit rateLimit,
        JsonNode fleet, AzureAccess azure) {

    public static final Duration GATEWAY_CLOCK_SKEW = Duration.ofMinutes(15);
    private static final String DEMO_FLEET = "emulator/demo-fleet.json";

    public EmulatorSettings {
        huaweiCredentials = Map.copyOf(huaweiCredentials);
        Objects.requireNonNull(maxClockSkew, "Maximum clock skew must be set");
        Objects.requireNonNull(rateLimit, "Rate limit must be set");
        Objects.requireNonNull(fleet, "Fleet must be set");
        Objects.requireNonNull(azure, "Azure access must be set");
    }

    /**
     * Accepts the given Huawei credentials and no Azure ones, allows 15 minutes of clock skew, no rate limit, the
     * demo fleet.
     */
    public static EmulatorSettings withDemoFleet(Map<String, String> huaweiCredentials) {
        return new EmulatorSettings(huaweiCredentials, GATEWAY_CLOCK_SKEW, RateLimit.UNLIMITED, demoFleet(),
                AzureAccess.NONE);
    }

    public EmulatorSettings withRateLimit(RateLimit rateLimit) {
        return new EmulatorSettings(huaweiCredentials, maxClockSkew, rateLimit, fleet, azure);
    }

    public EmulatorSettings withAzure(AzureAccess azure) {
        return new EmulatorSettings(huaweiCredentials, maxClockSkew, rateLimit, fleet, azure);
    }


    /** The demo fleet that the README's examples use, read from the class path. */
    public static JsonNode demoFleet() {
        try (InputStream in = EmulatorSettings.class.getClassLoader().getResourceAsStream(DEMO_FLEET)) {
            if (in == null) {
                throw new IllegalStateException(DEMO_FLEET + " is missing from the class path");
            }
            return EmulatorJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEMO_FLEET, e);
        }
    }

    @Override
    public String toString() {
        return "EmulatorSettings[huaweiAccessKeys=" + huaweiCredentials.keySet() + ", maxClockSkew=" + maxClockSkew
                + ", rateLimit=" + rateLimit + ", azure=" + azure + "]";
    }
}
