package dev.nodebatch.emulator.huawei.geminidb;

/**
 * A GaussDB NoSQL error: HTTP status, {@code DBS.*} code and message, from the GeminiDB error code table
 * (https://support.huaweicloud.com/intl/en-us/api-nosql/nosql_error_code.html) except where noted.
 */
final class GeminiDbException extends RuntimeException {

    static final String PARAMETER_ERROR = "DBS.200001";
    static final String INSTANCE_NOT_FOUND = "DBS.200002";
    static final String STATUS_FORBIDS = "DBS.200011";

    private final int status;
    private final String code;

    private GeminiDbException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static GeminiDbException parameter(String problem) {
        return new GeminiDbException(400, PARAMETER_ERROR, "Parameter error: " + problem);
    }

    static GeminiDbException instanceNotFound(String instanceId) {
        return new GeminiDbException(404, INSTANCE_NOT_FOUND, "The DB instance " + instanceId + " does not exist.");
    }

    static GeminiDbException statusForbids(String instanceId, String reason, String operation) {
        return new GeminiDbException(403, STATUS_FORBIDS, "This instance " + instanceId
                + " status makes it not be allowed to do this " + operation + " operation now: " + reason + ".");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
