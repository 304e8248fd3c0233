package dev.nodebatch.huawei;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.ProviderCallException;

/**
 * A 2xx answer of a Huawei service as it came: status, the provider's request id ({@code X-Request-Id}) and the
 * body text.
 */
public record HuaweiAnswer(int status, String requestId, String body) {

    /**
     * The body read as JSON into {@code type}.
     *
     * @throws ProviderCallException (maybe applied) when the body cannot be read: the call may have done its work
     */
    public <T> T read(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.readValue(body, type);
        } catch (Exception e) {
            throw HuaweiErrors.malformed(status, requestId, e);
        }
    }

    /** An unreadable body, for answers read by other means than {@link #read}. */
    public ProviderCallException unreadable(Exception parseFailure) {
        return HuaweiErrors.malformed(status, requestId, parseFailure);
    }
}
