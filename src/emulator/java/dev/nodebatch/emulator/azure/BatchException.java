package dev.nodebatch.emulator.azure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Batch error answer: status, the service's error code, its message and the {@code values} details. The
 * messages follow the service's wording where it is documented; the rest is the emulator's (docs/emulator.md).
 */
final class BatchException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> values;

    private BatchException(int status, String code, String message, Map<String, String> values) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.values = values;
    }

    static BatchException poolNotFound() {
        return new BatchException(404, "PoolNotFound", "The specified pool does not exist.", Map.of());
    }

    static BatchException nodeNotFound() {
        return new BatchException(404, "NodeNotFound", "The specified node does not exist.", Map.of());
    }

    /** A node whose state forbids a reimage, with the code Batch uses for that state. */
    static BatchException stateForbids(String state) {
        String code = switch (state) {
            case "reimaging" -> "NodeBeingReimaged";
            case "rebooting" -> "NodeBeingRebooted";
            case "creating" -> "NodeBeingCreated";
            case "starting", "waitingforstarttask" -> "NodeBeingStarted";
            case "unusable" -> "NodeStateUnusable";
            default -> "OperationInvalidForCurrentState";
        };
        return new BatchException(409, code, "The specified operation is not valid for the current state of the resource.",
                Map.of("NodeState", state));
    }

    static BatchException missingQueryParameter(String name) {
        return new BatchException(400, "MissingRequiredQueryParameter",
                "A query parameter that's mandatory for this request is not specified.", Map.of("QueryParameterName", name));
    }

    static BatchException invalidQueryParameter(String name, String value, String reason) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("QueryParameterName", name);
        values.put("QueryParameterValue", value);
        values.put("Reason", reason);
        return new BatchException(400, "InvalidQueryParameterValue",
                "Value for one of the query parameters specified in the request URI is invalid.", values);
    }

    static BatchException invalidBody(String reason) {
        return new BatchException(400, "InvalidRequestBody",
                "The specified Request Body is not syntactically valid.", Map.of("Reason", reason));
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, String> values() {
        return values;
    }
}
