package dev.nodebatch.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A provider's error as it appears in a result: our category, the provider's own code and message, the
 * HTTP status where there was an answer, and whether trying again later may help.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderError(ErrorCategory category, String code, String message, Integer httpStatus, boolean retryable) {

    public static ProviderError of(ErrorCategory category, String code, String message, Integer httpStatus) {
        return new ProviderError(category, code, message, httpStatus, category.isTransient());
    }
}
