package dev.nodebatch.batch;

import java.util.Objects;

/**
 * Where provider calls go and on whose behalf: calls are paced per caller and endpoint, and one circuit
 * breaker guards each endpoint.
 *
 * @param url the endpoint's base URL, e.g. {@code https://elb.eu-west-101.myhuaweicloud.com}
 * @param caller the credential's public identifier (an access key id, an account name), never a secret
 * @param startingRate where pacing starts for this provider
 */
public record ProviderEndpoint(String url, String caller, StartingRate startingRate) {

    public ProviderEndpoint {
        Objects.requireNonNull(url, "Endpoint URL must be set");
        Objects.requireNonNull(caller, "Caller must be set");
        Objects.requireNonNull(startingRate, "Starting rate must be set");
    }
}
