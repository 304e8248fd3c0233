package dev.nodebatch.functions;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.amazonaws.services.lambda.runtime.Context;

import dev.nodebatch.batch.BatchConfig;

/**
 * The time AWS Lambda still grants the invocation running on this thread, less {@link #REPLY_MARGIN} beyond the
 * settle grace: the batch's deadline, so that every target is reported before Lambda ends the invocation.
 * <p>
 * An invocation answers within its deadline plus {@code nodebatch.batch.settle-grace} (2 s) and the time to build
 * and send the result; the margin is therefore the settle grace plus one second (3 s by default) and always larger
 * than the grace. Outside Lambda, or when the Lambda runtime called Funqy without {@link RemainingTimeStreamHandler},
 * there is no remaining time and the input's or the configured deadline applies.
 * <p>
 * The Lambda context is held per thread: Funqy runs a function on the thread that received the event.
 */
@ApplicationScoped
public class LambdaTimeBudget {

    /** The reply's share of the margin: building the result, writing it and handing it to the Lambda runtime. */
    public static final Duration REPLY_MARGIN = Duration.ofSeconds(1);

    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

    private final Duration margin;

    public LambdaTimeBudget(BatchConfig config) {
        this.margin = config.settleGrace().plus(REPLY_MARGIN);
    }

    /** What Lambda still grants the current invocation less the margin (never negative), if Lambda said. */
    public Optional<Duration> platformRemaining() {
        Context context = CURRENT.get();
        if (context == null) {
            return Optional.empty();
        }
        Duration left = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(margin);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /** Runs one Lambda invocation with its context reachable from the function. */
    static void during(Context context, LambdaInvocation invocation) throws IOException {
        CURRENT.set(context);
        try {
            invocation.run();
        } finally {
            CURRENT.remove();
        }
    }

    @FunctionalInterface
    interface LambdaInvocation {
        void run() throws IOException;
    }
}
