package dev.nodebatch.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.ProcessingException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;

class HuaweiErrorsTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static String fixture(String name) throws IOException {
        try (InputStream in = HuaweiErrorsTest.class.getResourceAsStream("/fixtures/huawei/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0} with HTTP {1} is {2} ({3})")
    @CsvSource({
        "apigw-0301.json,    401, AUTH,            APIGW.0301",
        "apigw-0308.json,    429, THROTTLED,       APIGW.0308",
        "elb-1001.json,      400, INVALID_REQUEST, ELB.1001",
        "nested-error.json,  404, NOT_FOUND,       ModelArts.50015001",
    })
    void providerErrorBodiesKeepTheProvidersCodeMessageAndRequestId(String body, int status, ErrorCategory category,
            String code) throws IOException {
        ProviderCallException e = HuaweiErrors.fromAnswer(status, null, fixture(body), null, MAPPER);

        assertEquals(category, e.error().category());
        assertEquals(code, e.error().code());
        assertEquals(status, e.error().httpStatus());
        assertFalse(e.error().message().isBlank());
        assertEquals(category.isTransient(), e.error().retryable());
    }

    @Test
    void theRequestIdHeaderWinsOverTheBody() throws IOException {
        assertEquals("from-header", HuaweiErrors.fromAnswer(400, "from-header", fixture("elb-1001.json"), null, MAPPER).requestId());
        assertEquals("7d2f0c8e6a4b4c2e9f1a3b5c7d9e1f20", HuaweiErrors.fromAnswer(400, null, fixture("elb-1001.json"), null, MAPPER).requestId());
    }

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({ "500, PROVIDER_ERROR", "503, PROVIDER_ERROR", "403, AUTH", "409, CONFLICT", "422, INVALID_REQUEST" })
    void statusesWithoutAKnownCodeMapByStatus(int status, ErrorCategory category) {
        ProviderCallException e = HuaweiErrors.fromAnswer(status, null, "<html>oops</html>", null, MAPPER);
        assertEquals(category, e.error().category());
        assertEquals("HTTP " + status, e.error().message());
    }

    @Test
    void aServerErrorMayHaveBeenAppliedAClientErrorWasNot() {
        assertTrue(HuaweiErrors.fromAnswer(500, null, "", null, MAPPER).maybeApplied());
        assertFalse(HuaweiErrors.fromAnswer(400, null, "", null, MAPPER).maybeApplied());
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        assertEquals(Duration.ofSeconds(3), HuaweiErrors.fromAnswer(429, null, "", "3", MAPPER).retryAfter().orElseThrow());
        assertTrue(HuaweiErrors.fromAnswer(429, null, "", "Wed, 21 Oct 2015 07:28:00 GMT", MAPPER).retryAfter().orElseThrow().isZero());
        assertTrue(HuaweiErrors.fromAnswer(429, null, "", "soon", MAPPER).retryAfter().isEmpty());
    }

    @Test
    void transportFaultsSayWhetherTheRequestWasSent() {
        ProviderCallException refused = HuaweiErrors.fromTransport(new ProcessingException(new ConnectException("Connection refused")));
        assertEquals(ErrorCategory.NETWORK, refused.error().category());
        assertFalse(refused.maybeApplied());

        ProviderCallException timedOut = HuaweiErrors.fromTransport(new ProcessingException(new TimeoutException("read")));
        assertEquals(ErrorCategory.TIMEOUT, timedOut.error().category());
        assertTrue(timedOut.maybeApplied());

        ProviderCallException lost = HuaweiErrors.fromTransport(new ProcessingException("Connection was closed"));
        assertEquals(ErrorCategory.NETWORK, lost.error().category());
        assertTrue(lost.maybeApplied());
    }
}
