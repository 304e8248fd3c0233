package dev.nodebatch.functions;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.nodebatch.batch.BatchConfig;

/**
 * The time AWS Lambda still grants the invocation running on this thread, less {@link #REPLY_MARGIN} beyond the
 * settle grace: the batch's deadline, so that every target is reported before Lambda ends the invocation.
 * <p>
 * An invocation answers within its deadline plus {@code nodebatch.batch.settle-grace} (2 s) and the time to build
 * and send the result; the margin is therefore the settle grace plus one second (3 s by default) and always larger
 * than the grace. Outside Lambda there is no remaining time and the input's or the configured deadline applies.
 * <p>
 * The Lambda handler states the time left as a plain duration ({@link #during}), so that this class, and the
 * functions, know no Lambda type: the HTTP-only build has none. It is held per thread: a function runs on the
 * thread that received the event.
 */
@ApplicationScoped
public class LambdaTimeBudget {

    /** The reply's share of the margin: building the result, writing it and handing it to the Lambda runtime. */
    public static final Duration REPLY_MARGIN = Duration.ofSeconds(1);

    /** When the current invocation ends, in {@link System#nanoTime()}, if Lambda said. */
    private static final ThreadLocal<Long> END = new ThreadLocal<>();

    private final Duration margin;

    public LambdaTimeBudget(BatchConfig config) {
        this.margin = config.settleGrace().plus(REPLY_MARGIN);
    }

    /** What Lambda still grants the current invocation less the margin (never negative), if Lambda said. */
    public Optional<Duration> platformRemaining() {
        Long end = END.get();
        if (end == null) {
            return Optional.empty();
        }
        Duration left = Duration.ofNanos(end - System.nanoTime()).minus(margin);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /** Runs one Lambda invocation that has {@code remaining} left, with that time reachable from the function. */
    static <T> T during(Duration remaining, Supplier<T> invocation) {
        END.set(System.nanoTime() + remaining.toNanos());
        try {
            return invocation.get();
        } finally {
            END.remove();
        }
    }
}
