package dev.nodebatch.emulator.huawei.modelarts;

/**
 * A ModelArts error: HTTP status, {@code ModelArts.*} code and message. Only {@code ModelArts.50015001} (pool not
 * found) is documented for these operations; the emulator chose the others (docs/emulator.md).
 */
final class ModelArtsException extends RuntimeException {

    static final String POOL_NOT_FOUND = "ModelArts.50015001";
    static final String INVALID_PARAMETER = "ModelArts.50015002";

    private final int status;
    private final String code;

    private ModelArtsException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ModelArtsException invalid(String problem) {
        return new ModelArtsException(400, INVALID_PARAMETER, "Invalid parameter: " + problem);
    }

    /** The message is the documented one, word for word. */
    static ModelArtsException poolNotFound() {
        return new ModelArtsException(404, POOL_NOT_FOUND, "pool not found");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
