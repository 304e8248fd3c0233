package dev.nodebatch.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * The targets of one provider call, with their positions in the input.
 *
 * @param positions input positions, one per target, in the same order
 */
public record Chunk<T>(List<Integer> positions, List<T> targets) {

    public Chunk {
        if (positions.size() != targets.size()) {
            throw new IllegalArgumentException("Chunk positions and targets must have the same size");
        }
        positions = List.copyOf(positions);
        targets = List.copyOf(targets);
    }

    /** Consecutive chunks of at most {@code size} targets, in input order. */
    public static <T> List<Chunk<T>> consecutive(List<T> targets, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("Chunk size must be >= 1");
        }
        List<Chunk<T>> chunks = new ArrayList<>();
        for (int from = 0; from < targets.size(); from += size) {
            int to = Math.min(from + size, targets.size());
            List<Integer> positions = new ArrayList<>(to - from);
            for (int position = from; position < to; position++) {
                positions.add(position);
            }
            chunks.add(new Chunk<>(positions, targets.subList(from, to)));
        }
        return chunks;
    }

    public int size() {
        return targets.size();
    }
}
