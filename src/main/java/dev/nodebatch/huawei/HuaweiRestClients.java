package dev.nodebatch.huawei;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderError;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Builds the signing REST clients of the Huawei services, one per API and endpoint, and reads their answers.
 */
@ApplicationScoped
public class HuaweiRestClients {

    private final HuaweiConfig config;
    private final HuaweiCredentialsSource credentials;
    private final ObjectMapper mapper;
    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    public HuaweiRestClients(HuaweiConfig config, HuaweiCredentialsSource credentials, ObjectMapper mapper) {
        this.config = config;
        this.credentials = credentials;
        this.mapper = mapper;
    }

    /** @throws ProviderCallException (AUTH) when no credentials are configured */
    public <A> A client(Class<A> api, URI endpoint) {
        HuaweiCredentials signing = credentials.credentials().orElseThrow(() -> new ProviderCallException(
                ProviderError.of(ErrorCategory.AUTH, "NODEBATCH.NO_CREDENTIALS",
                        "no Huawei credentials configured (HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK)", null),
                null, false, null, null));
        return api.cast(clients.computeIfAbsent(api.getName() + " " + endpoint, key -> QuarkusRestClientBuilder
                .newBuilder()
                .baseUri(endpoint)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(new HuaweiSigningFilter(signing, mapper, Clock.systemUTC()))
                .build(api)));
    }

    /**
     * Sends a request and reads a 2xx answer into {@code answerType}.
     *
     * @throws ProviderCallException for an error answer, an unreadable answer or no answer
     */
    public <T> T exchange(RequestSender sender, Class<T> answerType) {
        Response response;
        try {
            response = sender.send();
        } catch (ProcessingException e) {
            throw HuaweiErrors.fromTransport(e);
        }
        try (response) {
            // read as bytes: Jackson parses UTF-8 bytes directly, without first decoding a copy into a String
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            String requestId = response.getHeaderString("X-Request-Id");
            if (response.getStatus() / 100 != 2) {
                throw HuaweiErrors.fromAnswer(response.getStatus(), requestId,
                        new String(body, StandardCharsets.UTF_8), response.getHeaderString("Retry-After"), mapper);
            }
            try {
                return mapper.readValue(body, answerType);
            } catch (Exception e) {
                throw HuaweiErrors.malformed(response.getStatus(), requestId, e);
            }
        } catch (ProcessingException e) {
            throw HuaweiErrors.fromTransport(e);
        }
    }

    /** One HTTP exchange through a REST client. */
    @FunctionalInterface
    public interface RequestSender {
        Response send();
    }
}
