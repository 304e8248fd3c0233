package dev.nodebatch.azure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderEndpoint;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.StartingRate;
import dev.nodebatch.batch.TransportFaults;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;

/**
 * Builds the authenticating REST clients of Azure Batch accounts, one per API and account URL, and reads their
 * answers. Requests carry a Microsoft Entra ID token when Entra ID credentials are configured, else they are signed
 * with the account's Shared Key ({@link AzureCredentialsSource}).
 */
@ApplicationScoped
public class AzureRestClients {

    private final AzureConfig config;
    private final AzureCredentialsSource credentials;
    private final ObjectMapper mapper;
    private final EntraTokenSource tokens;
    private final Map<ClientKey, Object> clients = new ConcurrentHashMap<>();

    public AzureRestClients(AzureConfig config, AzureCredentialsSource credentials, ObjectMapper mapper,
            EntraTokenSource tokens) {
        this.config = config;
        this.credentials = credentials;
        this.mapper = mapper;
        this.tokens = tokens;
    }

    /**
     * The client of an API at an account URL, authenticating with the credentials of now. A client per credentials:
     * after a rotation the next invocation signs with the new key while a call in flight keeps its own.
     *
     * @throws ProviderCallException (AUTH) when there are no credentials
     */
    public <A> A client(Class<A> api, URI batchUrl) {
        AzureCredentialsSource.AzureCredentials current = credentials.current();
        ClientRequestFilter authentication = authentication(current);
        // Entra ID: the filter takes the token source's current token, so one client serves every Entra credential
        Object identity = current.entra().isPresent() ? "entra" : current.sharedKey().orElseThrow();
        return api.cast(clients.computeIfAbsent(new ClientKey(api.getName(), batchUrl, identity),
                key -> QuarkusRestClientBuilder
                        .newBuilder()
                        .baseUri(batchUrl)
                        .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .register(authentication)
                        .build(api)));
    }

    /**
     * The account as the call guard sees it: paced per credential, with the configured starting rate.
     *
     * @throws ProviderCallException (AUTH) when no credentials are configured
     */
    public ProviderEndpoint endpoint(URI batchUrl) {
        AzureConfig.Pacing pacing = config.pacing();
        return new ProviderEndpoint(batchUrl.toString(), caller(credentials.current()),
                new StartingRate(pacing.requestsPerSecond(), pacing.burst()));
    }

    /**
     * Before each attempt: the credentials are there and, for Entra ID, a token good for a while yet is at hand.
     *
     * @throws ProviderCallException AUTH when there are no credentials or Entra refuses them
     */
    public void authenticate(Deadline deadline) {
        AzureCredentialsSource.AzureCredentials current = credentials.current();
        if (current.entra().isPresent()) {
            tokens.token(current.entra().get(), deadline);
        } else {
            caller(current);
        }
    }

    /** Who calls: the Entra application's client id, or the Batch account name. Never a secret. */
    private static String caller(AzureCredentialsSource.AzureCredentials current) {
        return current.entra().map(EntraClientCredentials::clientId)
                .or(() -> current.sharedKey().map(AzureSharedKey::accountName))
                .orElseThrow(AzureRestClients::noCredentials);
    }

    private ClientRequestFilter authentication(AzureCredentialsSource.AzureCredentials current) {
        if (current.entra().isPresent()) {
            return new AzureBearerFilter(tokens);
        }
        return current.sharedKey().<ClientRequestFilter>map(key -> new AzureSharedKeyFilter(key, mapper,
                Clock.systemUTC())).orElseThrow(AzureRestClients::noCredentials);
    }

    /** A client's identity: API, account URL, and the Shared Key (whose toString shows no key) or "entra". */
    private record ClientKey(String api, URI batchUrl, Object credentials) {
    }

    static ProviderCallException noCredentials() {
        return new ProviderCallException(ProviderError.of(ErrorCategory.AUTH, "NODEBATCH.NO_CREDENTIALS",
                "no Azure credentials configured (AZURE_BATCH_ACCOUNT / AZURE_BATCH_ACCESS_KEY, or AZURE_TENANT_ID / "
                        + "AZURE_CLIENT_ID / AZURE_CLIENT_SECRET)", null),
                null, false, null, null);
    }

    /** A 2xx answer: its body read into the answer type (null for {@code Void}) and the service's request id. */
    public record Answer<T>(T body, String requestId) {
    }

    /**
     * Sends a request and reads a 2xx answer. The exchange ends by the deadline even when the client's own timeouts
     * are longer: an answer that has not come by then is a timeout.
     *
     * @throws ProviderCallException for an error answer, an unreadable answer or no answer
     */
    public <T> Answer<T> exchange(RequestSender sender, Deadline deadline, Class<T> answerType) {
        Duration clientLimit = config.connectTimeout().plus(config.readTimeout());
        Duration timeLeft = deadline.remaining();
        Duration bound = timeLeft.compareTo(clientLimit) < 0 ? timeLeft : clientLimit;
        Response response;
        try {
            response = sender.send().await().atMost(bound.isZero() ? Duration.ofMillis(1) : bound);
        } catch (ProcessingException | TimeoutException e) {
            throw TransportFaults.of(e);
        } catch (CompletionException e) {
            throw TransportFaults.of(e.getCause() == null ? e : e.getCause());
        }
        try (response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            String requestId = response.getHeaderString("request-id");
            if (response.getStatus() / 100 != 2) {
                throw AzureBatchErrors.fromAnswer(response.getStatus(), requestId, body,
                        new AzureBatchErrors.RetryAfter(response.getHeaderString("retry-after-ms"),
                                response.getHeaderString("x-ms-retry-after-ms"), response.getHeaderString("Retry-After")),
                        mapper);
            }
            if (answerType == Void.class) {
                return new Answer<>(null, requestId);
            }
            try {
                return new Answer<>(mapper.readValue(body, answerType), requestId);
            } catch (Exception e) {
                throw AzureBatchErrors.malformed(response.getStatus(), requestId, e);
            }
        } catch (ProcessingException e) {
            throw TransportFaults.of(e);
        }
    }

    /** One HTTP exchange through a REST client. */
    @FunctionalInterface
    public interface RequestSender {
        Uni<Response> send();
    }
}
