package dev.nodebatch.batch;

/** An operation's input: its provider scope and targets, plus the common {@link BatchOptions}. */
public interface BatchInput {

    /** The options as given; never null after binding (an absent object binds to all defaults). */
    BatchOptions options();
}
