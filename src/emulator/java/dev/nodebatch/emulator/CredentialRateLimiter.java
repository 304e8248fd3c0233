package dev.nodebatch.emulator;

import java.util.HashMap;
import java.util.Map;

/** One token bucket per credential, like the gateways' per-user throttling policy. Thread-safe. */
public final class CredentialRateLimiter {

    private final Map<String, TokenBucket> buckets = new HashMap<>();
    private RateLimit limit;

    public CredentialRateLimiter(RateLimit limit) {
        this.limit = limit;
    }

    public synchronized RateLimit limit() {
        return limit;
    }

    /** Replaces the limit; every credential starts again with a full bucket. */
    public synchronized void change(RateLimit limit) {
        this.limit = limit;
        buckets.clear();
    }

    /** Takes a token for the credential; false when its bucket is empty. */
    public synchronized boolean tryAcquire(String credential) {
        if (limit.unlimited()) {
            return true;
        }
        return buckets.computeIfAbsent(String.valueOf(credential), key -> new TokenBucket(limit, System.nanoTime()))
                .tryTake(System.nanoTime());
    }

    private static final class TokenBucket {

        private final double capacity;
        private final double tokensPerNano;
        private double tokens;
        private long refilledAt;

        TokenBucket(RateLimit limit, long now) {
            this.capacity = limit.capacity();
            this.tokensPerNano = limit.requestsPerSecond() / 1e9;
            this.tokens = capacity;
            this.refilledAt = now;
        }

        boolean tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
