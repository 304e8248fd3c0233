package dev.nodebatch.batch;

/** What an observation of an asynchronous target means for the waiter. */
public enum WaitState {
    /** The change is done: the target SUCCEEDED. */
    SUCCESS,
    /** The change ended without being done: the target FAILED. */
    FAILURE,
    /** Still under way: observe again later. */
    RETRY
}
