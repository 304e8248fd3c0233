package dev.nodebatch.emulator;

/**
 * A per-credential token bucket: {@code requestsPerSecond} tokens are added each second, up to {@code burst}.
 * {@code requestsPerSecond} 0 means unlimited; {@code burst} 0 means a burst of {@code requestsPerSecond}.
 */
public record RateLimit(int requestsPerSecond, int burst) {

    public static final RateLimit UNLIMITED = new RateLimit(0, 0);

    public RateLimit {
        if (requestsPerSecond < 0) {
            throw new IllegalArgumentException("requestsPerSecond must be >= 0");
        }
        if (burst < 0) {
            throw new IllegalArgumentException("burst must be >= 0");
        }
    }

    public static RateLimit perSecond(int requestsPerSecond) {
        return new RateLimit(requestsPerSecond, requestsPerSecond);
    }

    public boolean unlimited() {
        return requestsPerSecond == 0;
    }

    int capacity() {
        return burst == 0 ? requestsPerSecond : burst;
    }
}
