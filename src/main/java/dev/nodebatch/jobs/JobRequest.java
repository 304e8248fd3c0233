package dev.nodebatch.jobs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One job of a {@code job-status} input: the service that runs it and its id, as an earlier result gave it. */
@RegisterForReflection
public class JobRequest {

    @NotNull(message = "is required")
    public String service;

    /** Job ids go into URLs: letters, digits and dashes only (DCS: 32 hex digits, GeminiDB: a UUID). */
    @NotNull(message = "is required")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "must be a job id (letters, digits and dashes)")
    public String jobId;
}
