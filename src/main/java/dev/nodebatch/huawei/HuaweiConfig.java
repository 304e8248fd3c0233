package dev.nodebatch.huawei;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the Huawei clients. Credentials are read separately, see {@link HuaweiCredentialsSource}. */
@ConfigMapping(prefix = "nodebatch.huawei")
public interface HuaweiConfig {

    /**
     * The Secrets Manager secret (ARN or name) holding the Huawei credentials, read in each invocation on AWS Lambda
     * through the Parameters and Secrets extension instead of the configured keys; builds without the Lambda
     * binding do not read it. See docs/aws-lambda.md.
     */
    Optional<String> credentialsSecret();


    /**
     * Endpoint overrides by service ({@code elb}, {@code dcs}, …): one base URL used for every region and
     * cloud, e.g. the provider emulator's.
     */
    Map<String, String> endpoints();

    /** Provider calls in flight at once when the input does not say. */
    @WithDefault("4")
    int maxConcurrency();

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long to wait for an answer; past it the outcome of a sent request is unknown. */
    @WithDefault("30s")
    Duration readTimeout();

    /** Where pacing starts for each AK and Huawei endpoint; see docs/calling-providers.md. */
    Pacing pacing();

    interface Pacing {
        /**
         * Huawei publishes no request quota for these APIs. Its gateway names its limit in every throttling
         * answer, and the pacer adopts it, so the start is generous rather than a guess.
         */
        @WithDefault("50")
        double requestsPerSecond();

        @WithDefault("50")
        int burst();
    }
}
