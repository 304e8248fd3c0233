package dev.nodebatch.huawei.geminidb;

import dev.nodebatch.batch.ErrorCategory;

/**
 * The category of a per-instance refusal in a 202 patch answer, by the GeminiDB error table's codes: DBS.200002 the
 * instance does not exist, DBS.200011 its status (or a running operation) forbids a patch now, DBS.200001 a
 * parameter error.
 */
final class PatchRefusals {

    private PatchRefusals() {
    }

    static ErrorCategory category(String code) {
        return switch (code) {
            case "DBS.200002" -> ErrorCategory.NOT_FOUND;
            case "DBS.200011" -> ErrorCategory.CONFLICT;
            default -> ErrorCategory.INVALID_REQUEST;
        };
    }
}
