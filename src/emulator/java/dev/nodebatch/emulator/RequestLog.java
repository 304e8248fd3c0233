package dev.nodebatch.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The provider calls the emulator answered (the last {@value #CAPACITY}), and per operation the highest number
 * of calls in progress at once and the number in progress now. Thread-safe.
 */
public final class RequestLog {

    static final int CAPACITY = 10_000;

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Map<String, Integer> inFlight = new HashMap<>();
    private final Map<String, Integer> maxInFlight = new TreeMap<>();

    /**
     * @param status the HTTP status answered, 0 when the connection was closed without an answer
     * @param accessKey the credential the call named, null when it named none
     * @param startedAt ISO-8601 instant
     */
    public record Entry(String operation, String method, String path, int status, String accessKey, String startedAt,
            long durationMs) {
    }

    /** @param inFlight calls in progress now, e.g. waiting in a slow fault, by operation */
    public record Snapshot(List<Entry> requests, Map<String, Integer> maxInFlight, Map<String, Integer> inFlight) {
    }

    synchronized void started(String operation) {
        int now = inFlight.merge(operation, 1, Integer::sum);
        maxInFlight.merge(operation, now, Math::max);
    }

    synchronized void finished(Entry entry) {
        inFlight.merge(entry.operation(), -1, Integer::sum);
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized Snapshot snapshot() {
        Map<String, Integer> now = new TreeMap<>(inFlight);
        now.values().removeIf(count -> count == 0);
        return new Snapshot(List.copyOf(entries), new TreeMap<>(maxInFlight), now);
    }

    /** Forgets the answered calls and the maxima; calls still in progress count towards the new maxima. */
    public synchronized void clear() {
        entries.clear();
        maxInFlight.clear();
        inFlight.forEach((operation, count) -> {
            if (count > 0) {
                maxInFlight.put(operation, count);
            }
        });
    }
}
