package dev.nodebatch.huawei;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderEndpoint;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.StartingRate;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;

/**
 * Builds the signing REST clients of the Huawei services, one per API and endpoint, and reads their answers.
 */
@ApplicationScoped
public class HuaweiRestClients {

    private final HuaweiConfig config;
    private final HuaweiCredentialsSource credentials;
    private final ObjectMapper mapper;
    private final Map<ClientKey, Object> clients = new ConcurrentHashMap<>();

    public HuaweiRestClients(HuaweiConfig config, HuaweiCredentialsSource credentials, ObjectMapper mapper) {
        this.config = config;
        this.credentials = credentials;
        this.mapper = mapper;
    }

    /**
     * The client of an API at an endpoint, signing with the credentials of now. A client per credentials: after a
     * rotation the next invocation signs with the new keys while a call in flight keeps its own.
     *
     * @throws ProviderCallException (AUTH) when there are no credentials
     */
    public <A> A client(Class<A> api, URI endpoint) {
        HuaweiCredentials signing = signingCredentials();
        return api.cast(clients.computeIfAbsent(new ClientKey(api.getName(), endpoint, signing), key -> QuarkusRestClientBuilder
                .newBuilder()
                .baseUri(endpoint)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(new HuaweiSigningFilter(signing, mapper, Clock.systemUTC()))
                .build(api)));
    }

    /**
     * The endpoint as the call guard sees it: paced per AK, with the configured starting rate.
     *
     * @throws ProviderCallException (AUTH) when no credentials are configured
     */
    public ProviderEndpoint endpoint(URI endpoint) {
        HuaweiConfig.Pacing pacing = config.pacing();
        return new ProviderEndpoint(endpoint.toString(), signingCredentials().accessKey(),
                new StartingRate(pacing.requestsPerSecond(), pacing.burst()));
    }

    private HuaweiCredentials signingCredentials() {
        return credentials.credentials().orElseThrow(() -> new ProviderCallException(
                ProviderError.of(ErrorCategory.AUTH, "NODEBATCH.NO_CREDENTIALS",
                        "no Huawei credentials configured (HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK)", null),
                null, false, null, null));
    }

    /**
     * Sends a request and reads a 2xx answer into {@code answerType}. The exchange ends by the deadline even when
     * the client's own timeouts are longer: an answer that has not come by then is a timeout.
     *
     * @throws ProviderCallException for an error answer, an unreadable answer or no answer
     */
    public <T> T exchange(RequestSender sender, Deadline deadline, Class<T> answerType) {
        return exchangeRaw(sender, deadline).read(answerType, mapper);
    }

    /**
     * Sends a request and returns a 2xx answer's body as it came, for answers whose shape varies (DCS answers a
     * start/stop with JSON or with plain text), with the provider's request id. Bounded by the deadline like
     * {@link #exchange}.
     *
     * @throws ProviderCallException for an error answer or no answer
     */
    public HuaweiAnswer exchangeRaw(RequestSender sender, Deadline deadline) {
        Duration clientLimit = config.connectTimeout().plus(config.readTimeout());
        Duration timeLeft = deadline.remaining();
        Duration bound = timeLeft.compareTo(clientLimit) < 0 ? timeLeft : clientLimit;
        Response response;
        try {
            response = sender.send().await().atMost(bound.isZero() ? Duration.ofMillis(1) : bound);
        } catch (ProcessingException | TimeoutException e) {
            throw HuaweiErrors.fromTransport(e);
        } catch (CompletionException e) {
            throw HuaweiErrors.fromTransport(e.getCause() == null ? e : e.getCause());
        }
        try (response) {
            // read as bytes: Jackson parses UTF-8 bytes directly, without first decoding a copy into a String
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            String requestId = response.getHeaderString("X-Request-Id");
            if (response.getStatus() / 100 != 2) {
                throw HuaweiErrors.fromAnswer(response.getStatus(), requestId,
                        new String(body, StandardCharsets.UTF_8), response.getHeaderString("Retry-After"), mapper);
            }
            return new HuaweiAnswer(response.getStatus(), requestId, body);
        } catch (ProcessingException e) {
            throw HuaweiErrors.fromTransport(e);
        }
    }

    /**
     * A raw answer's body read as JSON into {@code answerType}.
     *
     * @throws ProviderCallException (maybe applied) when the body cannot be read
     */
    public <T> T read(HuaweiAnswer answer, Class<T> answerType) {
        return answer.read(answerType, mapper);
    }

    /** A client's identity; its {@code toString()} is the credentials', which shows no secret. */
    private record ClientKey(String api, URI endpoint, HuaweiCredentials credentials) {
    }

    /** One HTTP exchange through a REST client. */
    @FunctionalInterface
    public interface RequestSender {
        Uni<Response> send();
    }
}
