package dev.nodebatch.huawei;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.RetryAfterHeader;
import dev.nodebatch.batch.TransportFaults;

/**
 * Maps Huawei answers and transport faults to {@link ProviderCallException}s. Error bodies come as
 * {@code {error_code, error_msg}}, {@code {code, message}} or nested in {@code {error: {…}}}
 * (docs/huawei.md); gateway codes {@code APIGW.0301}/{@code APIG.0301} are auth failures and
 * {@code APIGW.0308}/{@code APIG.0308} throttling.
 */
public final class HuaweiErrors {

    private static final Pattern STATED_LIMIT =
            Pattern.compile("limit:\\s*(\\d{1,9}),\\s*time:\\s*(\\d{1,6})\\s*(second|minute|hour|day)s?",
                    Pattern.CASE_INSENSITIVE);

    private HuaweiErrors() {
    }

    public static ProviderCallException fromAnswer(int status, String requestId, String body, String retryAfter,
            ObjectMapper mapper) {
        JsonNode root = readTree(body, mapper);
        JsonNode error = root != null && root.path("error").isObject() ? root.get("error") : root;
        String code = text(error, "error_code", "code");
        String message = text(error, "error_msg", "message");
        if (message == null) {
            message = "HTTP " + status;
        }
        String id = requestId != null ? requestId : text(root, "request_id");
        ErrorCategory category = category(status, code);
        ProviderError answered = ProviderError.of(category, code, message, status);
        if (category == ErrorCategory.THROTTLED) {
            return ProviderCallException.throttled(answered, id, RetryAfterHeader.parse(retryAfter), statedLimit(message));
        }
        return ProviderCallException.answered(answered, id, RetryAfterHeader.parse(retryAfter));
    }

    /**
     * The limit the gateway names when it throttles, in requests per second:
     * {@code "… policy user over ratelimit,limit:10,time:1 second"} (or {@code time:1 minute}).
     */
    static Double statedLimit(String message) {
        Matcher limit = STATED_LIMIT.matcher(message == null ? "" : message);
        if (!limit.find()) {
            return null;
        }
        double requests = Double.parseDouble(limit.group(1));
        double seconds = Double.parseDouble(limit.group(2)) * switch (limit.group(3).toLowerCase(Locale.ROOT)) {
            case "minute" -> 60;
            case "hour" -> 3600;
            case "day" -> 86400;
            default -> 1;
        };
        return requests > 0 && seconds > 0 ? requests / seconds : null;
    }

    static ErrorCategory category(int status, String code) {
        String gatewayCode = code == null ? "" : code.replace("APIGW.", "APIG.");
        if (gatewayCode.equals("APIG.0308") || status == 429) {
            return ErrorCategory.THROTTLED;
        }
        if (gatewayCode.equals("APIG.0301") || status == 401 || status == 403) {
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

    /** A call that got no answer: never connected (nothing sent), timed out or lost the connection (maybe applied). */
    public static ProviderCallException fromTransport(Throwable fault) {
        return TransportFaults.of(fault);
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

    private static String text(JsonNode node, String... fields) {
        if (node == null) {
            return null;
        }
        for (String field : fields) {
            if (node.path(field).isTextual()) {
                return node.get(field).textValue();
            }
        }
        return null;
    }
}
