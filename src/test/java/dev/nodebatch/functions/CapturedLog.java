package dev.nodebatch.functions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Every log record of the process while started: for tests that a user's mistake is never logged as an error. */
final class CapturedLog extends Handler {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    void start() {
        records.clear();
        setLevel(Level.ALL);
        Logger.getLogger("").addHandler(this);
    }

    void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    /** Records at WARNING or above, or with a stack trace, as "LEVEL logger: message". */
    List<String> warningsAndErrors() {
        return records.stream()
                .filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue() || record.getThrown() != null)
                .map(record -> record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage())
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
