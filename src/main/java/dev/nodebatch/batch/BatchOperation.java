package dev.nodebatch.batch;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One provider operation as the engine sees it: how to read its input, what its targets are, how they are
 * grouped into provider calls, and how a group is sent. A provider package adds an operation by
 * implementing this; the engine knows no provider.
 *
 * @param <I> the input document
 * @param <T> one target
 */
public interface BatchOperation<I extends BatchInput, T> {

    /** The function name, e.g. {@code huawei-elb-members-update}. */
    String name();

    Class<I> inputType();

    /** Violations Bean Validation cannot see (duplicates, cross-field rules), each with its JSON path. */
    List<InputViolation> check(I input);

    /** The targets, in input order. */
    List<T> targets(I input);

    String targetId(T target);

    /** Groups the targets into provider calls. */
    List<Chunk<T>> chunks(List<T> targets);

    /**
     * Groups the targets of a real run into provider calls, where the grouping needs the provider's view of the
     * targets (e.g. each database instance's engine): called once, before any call, with the invocation's
     * deadline. A chunk may carry the targets as that read found them (same ids, same positions). Provider faults
     * of the read must end up in the chunks' outcomes, not escape. By default {@link #chunks(List)}.
     */
    default List<Chunk<T>> chunks(I input, List<T> targets, Deadline deadline) {
        return chunks(targets);
    }

    /** Provider calls in flight at once when the input does not say. */
    int defaultConcurrency();

    /** The change a dry run reports for a target. */
    Map<String, Object> plannedChange(T target);

    /** Resolves endpoint and credentials for a real run and returns the call that sends one chunk. */
    ChunkCall<T> prepare(I input);

    /**
     * The read that settles UNKNOWN outcomes (a mutating call answered by a 5xx, a timeout, a lost connection or
     * an unreadable body), where the provider has one. Without it such targets stay UNKNOWN.
     */
    default Optional<SettlingRead<T>> settlingRead(I input) {
        return Optional.empty();
    }

    /** Follows SUBMITTED targets to their end when the input asks to wait; operations without async work have none. */
    default Optional<JobFollower> follower(I input) {
        return Optional.empty();
    }
}
