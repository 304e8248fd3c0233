package dev.nodebatch.batch;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences one logger for the span of a test that provokes its errors on purpose, so a passing build's log
 * shows no stack traces it meant to cause.
 */
final class QuietLog implements AutoCloseable {

    private final Logger logger;
    private final Level previous;

    private QuietLog(Class<?> source) {
        logger = Logger.getLogger(source.getName());
        previous = logger.getLevel();
        logger.setLevel(Level.OFF);
    }

    static QuietLog of(Class<?> source) {
        return new QuietLog(source);
    }

    @Override
    public void close() {
        logger.setLevel(previous);
    }
}
