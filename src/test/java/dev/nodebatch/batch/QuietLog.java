package dev.nodebatch.batch;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Raises one logger's level for the span of a test that provokes its messages on purpose, so a passing build's
 * log shows no stack traces or floods it meant to cause; the level is restored on close.
 */
public final class QuietLog implements AutoCloseable {

    private final Logger logger;
    private final Level previous;

    private QuietLog(String category, Level level) {
        logger = Logger.getLogger(category);
        previous = logger.getLevel();
        logger.setLevel(level);
    }

    /** Nothing from {@code source} is logged. */
    public static QuietLog of(Class<?> source) {
        return new QuietLog(source.getName(), Level.OFF);
    }

    /** Only errors from {@code category} and below it are logged. */
    public static QuietLog errorsOnly(String category) {
        return new QuietLog(category, Level.SEVERE);
    }

    @Override
    public void close() {
        logger.setLevel(previous);
    }
}
