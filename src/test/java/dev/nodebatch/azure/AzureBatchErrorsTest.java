package dev.nodebatch.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;

/** How Batch error answers and configured credentials are read. */
class AzureBatchErrorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AzureBatchErrors.RetryAfter NO_WAIT = new AzureBatchErrors.RetryAfter(null, null, null);

    private static ProviderCallException answer(int status, String code) {
        String body = "{\"code\":\"" + code + "\",\"message\":{\"lang\":\"en-US\",\"value\":\"Text as sent.\\nRequestId:r\"},"
                + "\"values\":[{\"key\":\"k\",\"value\":\"v\"}]}";
        return AzureBatchErrors.fromAnswer(status, "req-1", body, NO_WAIT, MAPPER);
    }

    @Test
    @DisplayName("BatchError codes decide the category; code and message stay as the service sent them")
    void categories() {
        assertEquals(ErrorCategory.NOT_FOUND, answer(404, "PoolNotFound").error().category());
        assertEquals(ErrorCategory.NOT_FOUND, answer(404, "NodeNotFound").error().category());
        assertEquals(ErrorCategory.CONFLICT, answer(409, "OperationInvalidForCurrentState").error().category());
        assertEquals(ErrorCategory.CONFLICT, answer(400, "OperationNotValidOnNode").error().category());
        assertEquals(ErrorCategory.CONFLICT, answer(409, "NodeBeingReimaged").error().category());
        assertEquals(ErrorCategory.AUTH, answer(401, "AuthenticationFailed").error().category());
        assertEquals(ErrorCategory.AUTH, answer(403, "InsufficientAccountPermissions").error().category());
        assertEquals(ErrorCategory.THROTTLED, answer(503, "ServerBusy").error().category());
        assertEquals(ErrorCategory.THROTTLED, answer(429, "TooManyRequests").error().category());
        assertEquals(ErrorCategory.PROVIDER_ERROR, answer(503, "ServiceUnavailable").error().category());
        assertEquals(ErrorCategory.TIMEOUT, answer(500, "OperationTimedOut").error().category());
        assertEquals(ErrorCategory.INVALID_REQUEST, answer(400, "InvalidRequestBody").error().category());
        ProviderCallException conflict = answer(409, "NodeStateUnusable");
        assertEquals("NodeStateUnusable", conflict.error().code());
        assertEquals("Text as sent.\nRequestId:r", conflict.error().message());
        assertEquals(409, conflict.error().httpStatus());
        assertEquals("req-1", conflict.requestId());
        assertFalse(conflict.maybeApplied());
        assertTrue(answer(500, "InternalError").maybeApplied(), "a 5xx may have been applied");
    }

    @Test
    @DisplayName("the wait comes from retry-after-ms first, then x-ms-retry-after-ms, then Retry-After")
    void retryAfter() {
        assertEquals(Duration.ofMillis(1500), new AzureBatchErrors.RetryAfter("1500", "9000", "9").asked());
        assertEquals(Duration.ofMillis(900), new AzureBatchErrors.RetryAfter(null, "900", "9").asked());
        assertEquals(Duration.ofSeconds(2), new AzureBatchErrors.RetryAfter(null, null, "2").asked());
        assertNull(NO_WAIT.asked());
        ProviderCallException busy = AzureBatchErrors.fromAnswer(503, null, "{\"code\":\"ServerBusy\"}",
                new AzureBatchErrors.RetryAfter("250", null, null), MAPPER);
        assertEquals(Optional.of(Duration.ofMillis(250)), busy.retryAfter());
        assertFalse(busy.maybeApplied(), "a throttled call was not processed");
    }

    @Test
    @DisplayName("a body that is not a BatchError still gives an error by status")
    void unreadableBody() {
        ProviderCallException gateway = AzureBatchErrors.fromAnswer(502, null, "<html>bad gateway</html>", NO_WAIT, MAPPER);
        assertEquals(ErrorCategory.PROVIDER_ERROR, gateway.error().category());
        assertEquals("HTTP 502", gateway.error().message());
    }

    @Test
    @DisplayName("Entra ID wins when all three of its settings are there; none at all means NODEBATCH.NO_CREDENTIALS")
    void credentials() {
        AzureCredentialsSource both = new AzureCredentialsSource(Optional.of("t"), Optional.of("c"), Optional.of("s"),
                Optional.of("account"), Optional.of("a2V5"), Optional.empty());
        assertTrue(both.entra().isPresent());
        assertTrue(both.sharedKey().isEmpty());
        AzureCredentialsSource partialEntra = new AzureCredentialsSource(Optional.of("t"), Optional.empty(),
                Optional.of("s"), Optional.of("account"), Optional.of("a2V5"), Optional.empty());
        assertEquals("account", partialEntra.sharedKey().orElseThrow().accountName());
        AzureCredentialsSource none = new AzureCredentialsSource(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(" "), Optional.empty(), Optional.empty());

        ProviderCallException missing = assertThrows(ProviderCallException.class,
                () -> new AzureRestClients(null, none, MAPPER, null).client(Object.class, java.net.URI.create("https://x")));

        assertEquals(ErrorCategory.AUTH, missing.error().category());
        assertEquals("NODEBATCH.NO_CREDENTIALS", missing.error().code());
    }
}
