package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    static final List<String> TARGETS = IntStream.range(0, 10).mapToObj(i -> "t" + i).toList();
    static final ProviderError REFUSED = ProviderError.of(ErrorCategory.INVALID_REQUEST, "X.1", "refused", 400);

    static RunLimits limits(int concurrency, int allowedFailures) {
        return new RunLimits(concurrency, allowedFailures, Deadline.in(Duration.ofMinutes(1)), Duration.ofSeconds(1),
                Duration.ofSeconds(2));
    }

    static List<TargetOutcome> succeedAll(Chunk<String> chunk) {
        return chunk.targets().stream().map(id -> TargetOutcome.succeeded(id, 1, "r", null)).toList();
    }

    static List<TargetOutcome> run(int chunkSize, ChunkCall<String> call, RunLimits limits) {
        return BatchRunner.run(TARGETS, Chunk.consecutive(TARGETS, chunkSize), Function.identity(), call, limits);
    }

    @Test
    void everyTargetGetsItsOutcomeInInputOrder() {
        List<TargetOutcome> outcomes = run(3, (chunk, deadline) -> succeedAll(chunk), limits(4, 0));

        assertEquals(TARGETS, outcomes.stream().map(TargetOutcome::id).toList());
        assertTrue(outcomes.stream().allMatch(o -> o.status() == TargetStatus.SUCCEEDED));
    }

    @Test
    void noMoreCallsThanMaxConcurrencyRunAtOnce() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();
        run(1, (chunk, deadline) -> {
            highest.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleep(30);
            inFlight.decrementAndGet();
            return succeedAll(chunk);
        }, limits(3, 0));

        assertEquals(3, highest.get());
    }

    @Test
    void aSpentErrorBudgetSkipsTheChunksNotYetStarted() {
        List<TargetOutcome> outcomes = run(2, (chunk, deadline) -> chunk.targets().stream()
                .map(id -> TargetOutcome.failed(id, 1, null, REFUSED)).toList(), limits(1, 1));

        assertEquals(List.of(TargetStatus.FAILED, TargetStatus.FAILED), outcomes.subList(0, 2).stream()
                .map(TargetOutcome::status).toList());
        assertTrue(outcomes.subList(2, 10).stream()
                .allMatch(o -> o.status() == TargetStatus.SKIPPED && o.reason() == SkipReason.ERROR_BUDGET));
    }

    @Test
    void unknownOutcomesCountAgainstTheErrorBudget() {
        List<TargetOutcome> outcomes = run(5, (chunk, deadline) -> chunk.targets().stream()
                .map(id -> TargetOutcome.unknown(id, 1, null, REFUSED)).toList(), limits(1, 0));

        assertEquals(5, outcomes.stream().filter(o -> o.status() == TargetStatus.SKIPPED).count());
    }

    @Test
    void tooLittleTimeBeforeTheDeadlineSkipsTheChunksNotYetStarted() {
        RunLimits limits = new RunLimits(1, 100, Deadline.in(Duration.ofMillis(300)), Duration.ofMillis(200),
                Duration.ofSeconds(2));
        List<TargetOutcome> outcomes = run(5, (chunk, deadline) -> {
            sleep(150);
            return succeedAll(chunk);
        }, limits);

        assertEquals(TargetStatus.SUCCEEDED, outcomes.get(0).status());
        assertEquals(SkipReason.DEADLINE, outcomes.get(9).reason());
    }

    @Test
    void aCallThatThrowsLeavesItsTargetsUnknownAndTheOthersGoOn() {
        List<TargetOutcome> outcomes;
        try (QuietLog quiet = QuietLog.of(BatchRunner.class)) {
            outcomes = run(5, (chunk, deadline) -> {
                if (chunk.targets().contains("t0")) {
                    throw new IllegalStateException("broken");
                }
                return succeedAll(chunk);
            }, limits(1, 100));
        }

        assertTrue(outcomes.subList(0, 5).stream().allMatch(o -> o.status() == TargetStatus.UNKNOWN));
        assertTrue(outcomes.subList(5, 10).stream().allMatch(o -> o.status() == TargetStatus.SUCCEEDED));
    }

    @Test
    void aCallThatLosesATargetLeavesItUnknownRatherThanMissing() {
        List<TargetOutcome> outcomes;
        try (QuietLog quiet = QuietLog.of(BatchRunner.class)) {
            outcomes = run(5, (chunk, deadline) -> succeedAll(chunk).subList(0, 4), limits(2, 100));
        }

        assertEquals(10, outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o.status() == TargetStatus.UNKNOWN));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
