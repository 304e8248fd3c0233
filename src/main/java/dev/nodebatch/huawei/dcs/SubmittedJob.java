package dev.nodebatch.huawei.dcs;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.huawei.HuaweiAnswer;

/**
 * Reads the job id from a start/stop answer. The reference shows {@code {"job_id": "<id>"}}; the SDK models the
 * answer as an opaque string and the Terraform provider strips a {@code job_id:} prefix from plain text, so both
 * shapes are read. The provider's request id comes along for the result.
 */
record SubmittedJob(String jobId, String requestId) {

    private static final String TEXT_PREFIX = "job_id:";
    // a plain-text answer cut short would still look like text, so its id must have a documented shape: 32 hex
    // digits as in the reference, or a UUID
    private static final Pattern TEXT_JOB_ID = Pattern.compile("[0-9a-fA-F]{32}|[0-9a-fA-F-]{36}");

    /** @throws ProviderCallException (maybe applied) when the answer names no job */
    static SubmittedJob of(HuaweiAnswer answer, ObjectMapper mapper) {
        String body = answer.body() == null ? "" : answer.body().trim();
        if (body.startsWith("{")) {
            JsonNode json = answer.read(JsonNode.class, mapper);
            String jobId = json.path("job_id").asText("");
            if (!jobId.isBlank()) {
                return new SubmittedJob(jobId, answer.requestId());
            }
        } else if (body.startsWith(TEXT_PREFIX)) {
            String jobId = body.substring(TEXT_PREFIX.length()).trim();
            if (TEXT_JOB_ID.matcher(jobId).matches()) {
                return new SubmittedJob(jobId, answer.requestId());
            }
        }
        throw answer.unreadable(new IllegalArgumentException("the start/stop answer names no job_id"));
    }
}
