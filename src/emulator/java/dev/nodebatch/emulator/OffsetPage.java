package dev.nodebatch.emulator;

import java.util.List;

/**
 * One page of a list that providers page with {@code offset} (items to skip) and {@code limit} (items to show).
 *
 * @param offset how many items to skip, at least 0
 * @param limit how many items to show at most, at least 1
 */
public record OffsetPage(int offset, int limit) {

    public OffsetPage {
        if (offset < 0) {
            throw new IllegalArgumentException("Offset must be >= 0");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("Limit must be >= 1");
        }
    }

    public <T> List<T> of(List<T> all) {
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(all.size(), from + limit));
    }
}
