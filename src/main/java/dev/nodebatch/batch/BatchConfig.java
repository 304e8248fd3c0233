package dev.nodebatch.batch;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Defaults of the batch options and the engine's own limits. */
@ConfigMapping(prefix = "nodebatch.batch")
public interface BatchConfig {

    /** Blast-radius guard when the input sets no {@code maxTargets}. */
    @WithDefault("1000")
    int maxTargets();

    /** How long an invocation may run when neither the input nor the platform says. */
    @WithDefault("840s")
    Duration deadline();

    /** No provider call starts with less than this left before the deadline. */
    @WithDefault("1s")
    Duration callReserve();

    /**
     * How long past the deadline the reads that settle unknown outcomes may take. An invocation answers within
     * its deadline plus this grace (and the few milliseconds it takes to build the result).
     */
    @WithDefault("2s")
    Duration settleGrace();
}
