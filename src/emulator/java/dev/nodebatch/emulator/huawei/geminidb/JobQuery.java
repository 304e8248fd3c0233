package dev.nodebatch.emulator.huawei.geminidb;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import dev.nodebatch.emulator.OffsetPage;
import dev.nodebatch.emulator.ProviderCall;

/**
 * The query of {@code ListJobs}: filters by id, status and name, a time window on the jobs' start, and a page.
 *
 * @param from the window's start, inclusive
 * @param to the window's end, inclusive
 */
record JobQuery(Optional<String> id, Optional<String> status, Optional<String> name, Instant from, Instant to,
        OffsetPage page) {

    // ListJobsRequest javadoc: limit is 10, 20 or 50 (default 50); the window spans at most 30 days, by default the last 30
    static final Set<Integer> LIMITS = Set.of(10, 20, 50);
    static final int DEFAULT_LIMIT = 50;
    static final Duration MAX_WINDOW = Duration.ofDays(30);

    /** @throws GeminiDbException DBS.200001 for a bad limit, offset or time, or a window that is empty or too long */
    static JobQuery of(ProviderCall call, Instant now) {
        Instant to = call.queryValue("end_time").map(value -> GeminiDbTime.query("end_time", value)).orElse(now);
        Instant from = call.queryValue("start_time").map(value -> GeminiDbTime.query("start_time", value))
                .orElse(now.minus(MAX_WINDOW));
        if (!to.isAfter(from)) {
            throw GeminiDbException.parameter("end_time must be after start_time");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw GeminiDbException.parameter("start_time and end_time must be at most 30 days apart");
        }
        int limit = GeminiDbQuery.integer(call, "limit", DEFAULT_LIMIT, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (!LIMITS.contains(limit)) {
            throw GeminiDbException.parameter("limit must be 10, 20 or 50, was " + limit);
        }
        return new JobQuery(call.queryValue("id"), call.queryValue("status"), call.queryValue("name"), from, to,
                new OffsetPage(GeminiDbQuery.integer(call, "offset", 0, 0, Integer.MAX_VALUE), limit));
    }

    boolean matches(GeminiDbJob job) {
        return id.map(job.id()::equals).orElse(true) && status.map(job.status()::equals).orElse(true)
                && name.map(job.name()::equals).orElse(true)
                && !job.created().isBefore(from) && !job.created().isAfter(to);
    }
}
