package dev.nodebatch.batch;

import java.time.Duration;

/**
 * The limits a run of chunks observes.
 *
 * @param maxConcurrency provider calls in flight at once, >= 1
 * @param allowedFailures failed targets tolerated before no new call starts
 * @param callReserve the least time that must be left before the deadline for a call to start
 * @param settleGrace how long past the deadline the reads that settle unknown outcomes may take
 */
public record RunLimits(int maxConcurrency, int allowedFailures, Deadline deadline, Duration callReserve,
        Duration settleGrace) {

    public RunLimits {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("Max concurrency must be >= 1");
        }
        if (allowedFailures < 0) {
            throw new IllegalArgumentException("Allowed failures must be >= 0");
        }
    }
}
