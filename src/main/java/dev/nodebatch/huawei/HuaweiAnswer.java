package dev.nodebatch.huawei;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.ProviderCallException;

/**
 * A 2xx answer of a Huawei service as it came: status, the provider's request id ({@code X-Request-Id}) and the
 * body's bytes (Jackson parses UTF-8 bytes directly, without decoding a copy into a String first).
 */
public record HuaweiAnswer(int status, String requestId, byte[] bytes) {

    /** The body as text. */
    public String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The body read as JSON into {@code type}.
     *
     * @throws ProviderCallException (maybe applied) when the body cannot be read: the call may have done its work
     */
    public <T> T read(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.readValue(bytes, type);
        } catch (Exception e) {
            throw HuaweiErrors.malformed(status, requestId, e);
        }
    }

    /** An unreadable body, for answers read by other means than {@link #read}. */
    public ProviderCallException unreadable(Exception parseFailure) {
        return HuaweiErrors.malformed(status, requestId, parseFailure);
    }
}
