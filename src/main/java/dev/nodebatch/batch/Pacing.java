package dev.nodebatch.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * One {@link AdaptiveRateLimiter} per credential and provider endpoint, shared by every invocation of this
 * process, so that a warm function remembers the rate the provider accepts.
 */
@ApplicationScoped
public class Pacing {

    private final CallPolicyConfig config;
    private final Map<String, AdaptiveRateLimiter> limiters = new ConcurrentHashMap<>();

    public Pacing(CallPolicyConfig config) {
        this.config = config;
    }

    public AdaptiveRateLimiter limiterFor(ProviderEndpoint endpoint) {
        return limiters.computeIfAbsent(endpoint.caller() + " " + endpoint.url(),
                key -> new AdaptiveRateLimiter(endpoint.startingRate(), config.pacing()));
    }

    /** Forgets every learned rate: for tests that must not inherit an earlier test's pacing. */
    public void reset() {
        limiters.clear();
    }
}
