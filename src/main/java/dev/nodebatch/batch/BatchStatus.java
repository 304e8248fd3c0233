package dev.nodebatch.batch;

/** The aggregate outcome of one invocation. */
public enum BatchStatus {
    /** Invalid input; nothing was sent. */
    REJECTED,
    /** Dry run. */
    PLANNED,
    /** Every target SUCCEEDED or was SUBMITTED. */
    SUCCEEDED,
    /** No target SUCCEEDED or was SUBMITTED. */
    FAILED,
    /** Some targets got through, some did not. */
    PARTIAL
}
