package dev.nodebatch.batch;

/** How an outcome the call's own answer left open was established. */
public enum SettledBy {
    /** The target was read back from the provider and compared with what was asked. */
    READ
}
