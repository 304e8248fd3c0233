package dev.nodebatch.batch;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One reason an input was rejected, with the JSON path of the offending value ({@code members[3].weight}). */
@RegisterForReflection
public record InputViolation(String path, String message) {

    /** The path of the input document as a whole. */
    public static final String ROOT = "$";
}
