package dev.nodebatch.batch;

import java.util.List;

/**
 * Sends one chunk to the provider and reports what happened to each of its targets. Provider faults are
 * outcomes, not exceptions: an exception escaping here means the outcome is unknown.
 */
@FunctionalInterface
public interface ChunkCall<T> {

    /** @return one outcome per target of the chunk, in the chunk's order */
    List<TargetOutcome> call(Chunk<T> chunk, Deadline deadline);
}
