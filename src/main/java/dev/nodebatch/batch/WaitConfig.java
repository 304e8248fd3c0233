package dev.nodebatch.batch;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the waiter polls asynchronous work. */
@ConfigMapping(prefix = "nodebatch.wait")
public interface WaitConfig {

    /** The pause before the first poll; it grows by half each round. */
    @WithDefault("2s")
    Duration firstDelay();

    @WithDefault("30s")
    Duration maxDelay();

    /** How long to wait when the input does not set {@code waitTimeoutSeconds}. */
    @WithDefault("600s")
    Duration timeout();
}
