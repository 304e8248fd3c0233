package dev.nodebatch.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs the chunks of a batch with at most {@code maxConcurrency} calls in flight, settles unknown outcomes
 * with the operation's read where it has one, stops starting calls when the error budget is spent or the
 * deadline is near, and accounts for every target exactly once.
 * <p>
 * Thread safety by construction: workers only return their chunk's outcomes; the calling thread alone
 * writes them into the slot array indexed by input position.
 */
public final class BatchRunner {

    private static final Logger LOG = Logger.getLogger(BatchRunner.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

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
        Deque<Chunk<T>> pending = new ArrayDeque<>(chunks);
        int workers = Math.max(1, Math.min(limits.maxConcurrency(), chunks.size()));
        ExecutorService executor = Executors.newFixedThreadPool(workers, BatchRunner::workerThread);
        try {
            CompletionService<Done<T>> completions = new ExecutorCompletionService<>(executor);
            Map<String, Object> logContext = MDC.getMap();
            int inFlight = 0;
            int failures = 0;
            SkipReason stop = null;
            while (true) {
                while (stop == null && inFlight < limits.maxConcurrency() && !pending.isEmpty()) {
                    stop = stopReason(failures, limits);
                    if (stop == null) {
                        Chunk<T> chunk = pending.poll();
                        completions.submit(() -> attempt(call, settler, chunk, limits, logContext));
                        inFlight++;
                    }
                }
                if (inFlight == 0) {
                    break;
                }
                Done<T> done = take(completions);
                inFlight--;
                failures += record(done, idOf, slots);
                if (stop == null && !pending.isEmpty()) {
                    stop = stopReason(failures, limits);
                }
            }
            for (Chunk<T> chunk : pending) {
                for (int i = 0; i < chunk.size(); i++) {
                    slots[chunk.positions().get(i)] = TargetOutcome.skipped(idOf.apply(chunk.targets().get(i)), stop);
                }
            }
        } finally {
            executor.shutdownNow();
        }
        return List.copyOf(Arrays.asList(slots));
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
            RunLimits limits, Map<String, Object> logContext) {
        logContext.forEach(MDC::put);
        try {
            List<TargetOutcome> outcomes = call.call(chunk, limits.deadline());
            if (settler.isPresent() && outcomes != null && outcomes.size() == chunk.size()) {
                outcomes = settler.get().settle(chunk, outcomes, limits.deadline().extendedBy(limits.settleGrace()));
            }
            return new Done<>(chunk, outcomes, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Call for a chunk of %d targets failed unexpectedly; reporting them UNKNOWN", chunk.size());
            return new Done<>(chunk, null, e);
        } finally {
            MDC.clear();
        }
    }

    private static <T> Done<T> take(CompletionService<Done<T>> completions) {
        Future<Done<T>> future;
        try {
            future = completions.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for provider calls", e);
        }
        try {
            return future.get();
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException("A provider call task ended abnormally", e);
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

    private static Thread workerThread(Runnable task) {
        Thread thread = new Thread(task, "nodebatch-call-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
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
