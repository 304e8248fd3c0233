package dev.nodebatch.batch;

/** What happened to one target. */
public enum TargetStatus {
    /** The provider confirmed the change. */
    SUCCEEDED,
    /** The provider accepted the change; an asynchronous job or state change is under way. */
    SUBMITTED,
    /** The provider refused or errored. */
    FAILED,
    /** Never sent, because of the error budget or the deadline. */
    SKIPPED,
    /** A mutating request may or may not have taken effect, and it was not safe to repeat it. */
    UNKNOWN,
    /** Dry run: what would be sent. */
    PLANNED;

    /** Whether the error budget counts this outcome against the batch. */
    public boolean isFailure() {
        return this == FAILED || this == UNKNOWN;
    }
}
