package dev.nodebatch.batch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's threads, shared by the invocations of a process: they run a batch's chunk calls and the slices of a
 * long input's validation. Daemon threads, made when needed and let go after a minute idle.
 */
final class Workers {

    private static final AtomicInteger THREADS = new AtomicInteger();
    static final ExecutorService POOL = Executors.newCachedThreadPool(Workers::thread);

    private Workers() {
    }

    private static Thread thread(Runnable task) {
        Thread thread = new Thread(task, "nodebatch-worker-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
