package dev.nodebatch.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs the chunks of a batch with at most {@code maxConcurrency} calls in flight, settles unknown outcomes
 * with the operation's read where it has one, stops starting calls when the error budget is spent or the
 * deadline is near, and accounts for every target exactly once.
 * <p>
 * {@code maxConcurrency} workers take chunks in input order from one queue, so a worker whose call has ended
 * starts the next one at once. Thread safety by construction: each target owns its slot in an array indexed by
 * input position, written once by the worker that ran its chunk and read by the caller after every worker has
 * ended. The workers run on the engine's {@link Workers}, shared by the invocations of the process.
 */
public final class BatchRunner {

    private static final Logger LOG = Logger.getLogger(BatchRunner.class);

    private BatchRunner() {
    }

    public static <T> List<TargetOutcome> run(List<T> targets, List<Chunk<T>> chunks, Function<T, String> idOf,
            ChunkCall<T> call, RunLimits limits) {
        return run(targets, chunks, idOf, call, Optional.empty(), limits);
    }

    public static <T> List<TargetOutcome> run(List<T> targets, List<Chunk<T>> chunks, Function<T, String> idOf,
            ChunkCall<T> call, Optional<SettlingRead<T>> settlingRead, RunLimits limits) {
        Optional<Settler<T>> settler = settlingRead.map(read -> new Settler<>(read, idOf));
        TargetOutcome[] slots = new TargetOutcome[targets.size()];
        Queue<Chunk<T>> pending = new ConcurrentLinkedQueue<>(chunks);
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<SkipReason> stop = new AtomicReference<>();
        Map<String, Object> logContext = MDC.getMap();
        int workers = Math.max(1, Math.min(limits.maxConcurrency(), chunks.size()));
        List<Future<?>> running = new ArrayList<>(workers);
        for (int worker = 0; worker < workers; worker++) {
            running.add(Workers.POOL.submit(() -> work(pending, call, settler, idOf, limits, slots, failures, stop,
                    logContext)));
        }
        running.forEach(BatchRunner::join);
        for (Chunk<T> chunk : pending) {
            for (int i = 0; i < chunk.size(); i++) {
                slots[chunk.positions().get(i)] = TargetOutcome.skipped(idOf.apply(chunk.targets().get(i)),
                        stop.get());
            }
        }
        return List.copyOf(Arrays.asList(slots));
    }

    /** One worker: takes the next chunk while neither the error budget nor the deadline says stop. */
    private static <T> void work(Queue<Chunk<T>> pending, ChunkCall<T> call, Optional<Settler<T>> settler,
            Function<T, String> idOf, RunLimits limits, TargetOutcome[] slots, AtomicInteger failures,
            AtomicReference<SkipReason> stop, Map<String, Object> logContext) {
        logContext.forEach(MDC::put);
        try {
            while (stop.get() == null) {
                SkipReason reason = stopReason(failures.get(), limits);
                if (reason != null) {
                    stop.compareAndSet(null, reason);
                    return;
                }
                Chunk<T> chunk = pending.poll();
                if (chunk == null) {
                    return;
                }
                failures.addAndGet(record(attempt(call, settler, chunk, limits), idOf, slots));
            }
        } finally {
            MDC.clear();
        }
    }

    private static SkipReason stopReason(int failures, RunLimits limits) {
        if (failures > limits.allowedFailures()) {
            return SkipReason.ERROR_BUDGET;
        }
        if (!limits.deadline().allows(limits.callReserve())) {
            return SkipReason.DEADLINE;
        }
        return null;
    }

    private static <T> Done<T> attempt(ChunkCall<T> call, Optional<Settler<T>> settler, Chunk<T> chunk,
            RunLimits limits) {
        try {
            List<TargetOutcome> outcomes = call.call(chunk, limits.deadline());
            if (settler.isPresent() && outcomes != null && outcomes.size() == chunk.size()) {
                outcomes = settler.get().settle(chunk, outcomes, limits.deadline().extendedBy(limits.settleGrace()));
            }
            return new Done<>(chunk, outcomes, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Call for a chunk of %d targets failed unexpectedly; reporting them UNKNOWN", chunk.size());
            return new Done<>(chunk, null, e);
        }
    }

    private static void join(Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for provider calls", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A provider call worker ended abnormally", e.getCause());
        }
    }

    /** Writes a finished chunk's outcomes into their slots and returns how many of them failed. */
    private static <T> int record(Done<T> done, Function<T, String> idOf, TargetOutcome[] slots) {
        Chunk<T> chunk = done.chunk();
        int failures = 0;
        for (int i = 0; i < chunk.size(); i++) {
            TargetOutcome outcome = done.outcomeAt(i, idOf);
            slots[chunk.positions().get(i)] = outcome;
            if (outcome.status().isFailure()) {
                failures++;
            }
        }
        return failures;
    }

    /** A chunk and what its call returned, or the exception it threw. */
    private record Done<T>(Chunk<T> chunk, List<TargetOutcome> outcomes, RuntimeException thrown) {

        /** The outcome of the chunk's i-th target; a call that broke its contract leaves its targets UNKNOWN. */
        TargetOutcome outcomeAt(int i, Function<T, String> idOf) {
            String id = idOf.apply(chunk.targets().get(i));
            if (outcomes != null && outcomes.size() == chunk.size() && outcomes.get(i) != null
                    && id.equals(outcomes.get(i).id())) {
                return outcomes.get(i);
            }
            if (i == 0 && thrown == null) {
                LOG.errorf("Call for a chunk of %d targets returned no usable outcome; reporting them UNKNOWN",
                        chunk.size());
            }
            return TargetOutcome.unknown(id, 0, null, ProviderError.of(ErrorCategory.PROVIDER_ERROR,
                    "NODEBATCH.INTERNAL", "the call ended without a usable outcome", null));
        }
    }
}
