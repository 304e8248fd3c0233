package dev.nodebatch.azure;

import java.time.Duration;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.RetryAfterHeader;

/**
 * Maps Azure Batch error answers to {@link ProviderCallException}s: the {@code BatchError} body's {@code code} and
 * {@code message.value} are kept as sent, the category comes from the code where the code says more than the
 * status (docs/azure-batch.md#errors). Throttling is 429 or 503 {@code ServerBusy}; the wait the service asks for
 * comes from {@code retry-after-ms}, {@code x-ms-retry-after-ms} or {@code Retry-After}.
 */
public final class AzureBatchErrors {

    static final Set<String> NOT_FOUND = Set.of("PoolNotFound", "NodeNotFound");
    static final Set<String> STATE_FORBIDS = Set.of("OperationInvalidForCurrentState", "OperationNotValidOnNode",
            "NodeBeingReimaged", "NodeBeingRebooted", "NodeBeingCreated", "NodeBeingStarted", "NodeStateUnusable");
    static final Set<String> AUTH = Set.of("AuthenticationFailed", "InvalidAuthenticationInfo",
            "InsufficientAccountPermissions");

    private AzureBatchErrors() {
    }

    /** The wait headers of an answer, any of which may be absent. */
    public record RetryAfter(String retryAfterMs, String msRetryAfterMs, String retryAfter) {

        /** Milliseconds first, as the Azure SDKs read them; then seconds or an HTTP date. */
        public Duration asked() {
            Duration millis = millis(retryAfterMs != null ? retryAfterMs : msRetryAfterMs);
            return millis != null ? millis : RetryAfterHeader.parse(retryAfter);
        }

        private static Duration millis(String header) {
            try {
                return header == null ? null : Duration.ofMillis(Math.max(0, Long.parseLong(header.trim())));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    public static ProviderCallException fromAnswer(int status, String requestId, String body, RetryAfter retryAfter,
            ObjectMapper mapper) {
        JsonNode error = readTree(body, mapper);
        String code = error != null && error.path("code").isTextual() ? error.get("code").textValue() : null;
        JsonNode message = error == null ? null : error.path("message");
        String text = message != null && message.path("value").isTextual() ? message.get("value").textValue()
                : message != null && message.isTextual() ? message.textValue() : "HTTP " + status;
        ErrorCategory category = category(status, code);
        ProviderError answered = ProviderError.of(category, code, text, status);
        if (category == ErrorCategory.THROTTLED) {
            return ProviderCallException.throttled(answered, requestId, retryAfter.asked(), null);
        }
        return ProviderCallException.answered(answered, requestId, retryAfter.asked());
    }

    static ErrorCategory category(int status, String code) {
        if (status == 429 || (status == 503 && "ServerBusy".equals(code))) {
            return ErrorCategory.THROTTLED;
        }
        if (code != null) {
            if (NOT_FOUND.contains(code)) {
                return ErrorCategory.NOT_FOUND;
            }
            if (STATE_FORBIDS.contains(code)) {
                return ErrorCategory.CONFLICT;
            }
            if (AUTH.contains(code)) {
                return ErrorCategory.AUTH;
            }
            if (code.equals("OperationTimedOut")) {
                return ErrorCategory.TIMEOUT;
            }
        }
        if (status == 401 || status == 403) {
            return ErrorCategory.AUTH;
        }
        if (status >= 500) {
            return ErrorCategory.PROVIDER_ERROR;
        }
        return switch (status) {
            case 404 -> ErrorCategory.NOT_FOUND;
            case 409 -> ErrorCategory.CONFLICT;
            case 408 -> ErrorCategory.TIMEOUT;
            default -> ErrorCategory.INVALID_REQUEST;
        };
    }

    /** A 2xx answer whose body could not be read: the change may have happened. */
    public static ProviderCallException malformed(int status, String requestId, Exception parseFailure) {
        return new ProviderCallException(ProviderError.of(ErrorCategory.PROVIDER_ERROR, "MALFORMED_RESPONSE",
                "unreadable answer body: " + parseFailure.getClass().getSimpleName(), status), requestId, true, null,
                parseFailure);
    }

    private static JsonNode readTree(String body, ObjectMapper mapper) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
