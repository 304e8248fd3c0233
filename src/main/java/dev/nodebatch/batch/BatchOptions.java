package dev.nodebatch.batch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The {@code options} every function accepts. Every field is optional; defaults come from configuration
 * ({@link BatchConfig}).
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BatchOptions {

    public Boolean dryRun;

    @Min(1)
    @Max(64)
    public Integer maxConcurrency;

    public ErrorBudget maxErrors;

    @Min(1)
    public Integer maxTargets;

    public Boolean wait;

    @Min(1)
    @Max(3600)
    public Integer waitTimeoutSeconds;

    @Min(1)
    @Max(900)
    public Integer deadlineSeconds;

    public boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }
}
