package dev.nodebatch.batch;

import java.time.Duration;

/** The point in time after which an invocation must have answered. Immutable and thread-safe. */
public final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline in(Duration remaining) {
        return new Deadline(System.nanoTime() + remaining.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** A deadline {@code grace} later than this one. */
    public Deadline extendedBy(Duration grace) {
        return new Deadline(endNanos + grace.toNanos());
    }

    /** Whether at least {@code needed} is left. */
    public boolean allows(Duration needed) {
        return remaining().compareTo(needed) >= 0;
    }
}
