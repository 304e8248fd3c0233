package dev.nodebatch.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** One run of one function: its id and its start, from which the result's timings derive. */
public record Invocation(String operation, String id, Instant startedAt, long startedNanos) {

    public static Invocation start(String operation, Clock clock) {
        return new Invocation(operation, UUID.randomUUID().toString(), clock.instant(), System.nanoTime());
    }

    public String startedAtText() {
        return startedAt.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
