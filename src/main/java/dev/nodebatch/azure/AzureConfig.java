package dev.nodebatch.azure;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the Azure clients. Credentials are read separately, see {@link AzureCredentialsSource}. */
@ConfigMapping(prefix = "nodebatch.azure")
public interface AzureConfig {

    /**
     * The Secrets Manager secret (ARN or name) holding the Azure credentials, read in each invocation on AWS Lambda
     * through the Parameters and Secrets extension instead of the configured keys; builds without the Lambda
     * binding do not read it. See docs/aws-lambda.md.
     */
    Optional<String> credentialsSecret();


    /** The Batch REST api-version every call names. */
    @WithDefault("2023-11-01.18.0")
    String apiVersion();

    /**
     * Batch account URLs accepted besides the Batch service hosts, exactly as given in the input ({@code scheme://host[:port]}),
     * e.g. the provider emulator's.
     */
    Optional<List<String>> allowedBatchUrls();

    /**
     * The root of an Azure Functions app whose timer-triggered functions this custom handler serves (the start
     * script in deploy/azure sets it); unset, there are none.
     */
    Optional<String> timerFunctionsDir();

    /** Reimage calls in flight at once when the input does not say. */
    @WithDefault("8")
    int maxConcurrency();

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long to wait for an answer; past it the outcome of a sent request is unknown. */
    @WithDefault("30s")
    Duration readTimeout();

    /** Microsoft Entra ID authority, without the tenant; {@code https://login.chinacloudapi.cn} for Azure China. */
    @WithDefault("https://login.microsoftonline.com")
    String authority();

    /** The scope of the Batch resource as every official SDK asks for it: note the double slash. */
    @WithDefault("https://batch.core.windows.net//.default")
    String scope();

    /** A cached Entra ID token is replaced this long before it expires. */
    @WithDefault("5m")
    Duration tokenRefreshBefore();

    /** Where pacing starts for each Batch account and endpoint; see docs/calling-providers.md. */
    Pacing pacing();

    interface Pacing {
        /** Batch publishes no request quota; a 429 or 503 ServerBusy halves the pace, each success raises it. */
        @WithDefault("20")
        double requestsPerSecond();

        @WithDefault("20")
        int burst();
    }
}
