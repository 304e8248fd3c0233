package dev.nodebatch.functions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log record of the process while started: for tests that a user's mistake is never logged as an error, and
 * that no secret shows up in a log line.
 */
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

    /** Every record as one line of text: its message, its parameters and its stack trace, for a search. */
    List<String> lines() {
        return records.stream().map(CapturedLog::text).toList();
    }

    private static String text(LogRecord record) {
        StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                line.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(' ').append(trace);
        }
        return line.toString();
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
