package dev.nodebatch.azure;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.TransportFaults;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientConfigBuilder;
import io.quarkus.oidc.client.OidcClientException;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.OidcClientConfig;
import io.quarkus.oidc.common.runtime.config.OidcClientCommonConfig;

/**
 * Microsoft Entra ID access tokens for Batch, by the client-credentials grant of Quarkus' OIDC client against
 * {@code {authority}/{tenant}/oauth2/v2.0/token} with the Batch scope. One token is cached for the process and
 * shared by every invocation until {@code token-refresh-before} (at most half its lifetime) before it expires.
 * Thread-safe: one caller fetches while the others wait for its token.
 */
@ApplicationScoped
public class EntraTokenSource {

    private final AzureConfig config;
    private final OidcClients oidcClients;
    private final ObjectMapper mapper;
    private OidcClient client;
    private EntraClientCredentials clientCredentials;
    private Tokens tokens;
    private Instant obtainedAt;

    public EntraTokenSource(AzureConfig config, OidcClients oidcClients, ObjectMapper mapper) {
        this.config = config;
        this.oidcClients = oidcClients;
        this.mapper = mapper;
    }

    /**
     * A token good for a while yet: the cached one, or a new one.
     *
     * @throws ProviderCallException AUTH with Entra's error code when Entra refuses, or the transport fault
     */
    public synchronized String token(EntraClientCredentials credentials, Deadline deadline) {
        if (credentials.equals(clientCredentials) && fresh(Instant.now())) {
            return tokens.getAccessToken();
        }
        Duration bound = deadline.remaining().compareTo(config.readTimeout()) < 0 ? deadline.remaining()
                : config.readTimeout();
        try {
            if (client == null || !credentials.equals(clientCredentials)) {
                // first use, or the credentials changed (a rotated secret): a client of their own, no old token
                tokens = null;
                closeClient();
                client = oidcClients.newClient(clientConfig(credentials)).await().atMost(bound.plusMillis(1));
                clientCredentials = credentials;
            }
            Instant asked = Instant.now();
            tokens = client.getTokens().await().atMost(bound.plusMillis(1));
            obtainedAt = asked;
            return tokens.getAccessToken();
        } catch (OidcClientException e) {
            throw refused(e);
        } catch (RuntimeException e) {
            throw TransportFaults.of(e);
        }
    }

    private void closeClient() {
        if (client != null) {
            try {
                client.close();
            } catch (java.io.IOException | RuntimeException e) {
                // the old client is dropped either way; closing only frees its connections sooner
            }
            client = null;
        }
    }

    /** The cached token, for a request filter that must not block. */
    public synchronized Optional<String> cached() {
        return tokens == null ? Optional.empty() : Optional.ofNullable(tokens.getAccessToken());
    }

    /** Forgets the cached token: for tests that must not inherit one. */
    public synchronized void forget() {
        tokens = null;
    }

    private boolean fresh(Instant now) {
        if (tokens == null || tokens.getAccessTokenExpiresAt() == null) {
            return false;
        }
        Instant expiresAt = Instant.ofEpochSecond(tokens.getAccessTokenExpiresAt());
        Duration lifetime = Duration.between(obtainedAt, expiresAt);
        Duration margin = config.tokenRefreshBefore().compareTo(lifetime.dividedBy(2)) < 0 ? config.tokenRefreshBefore()
                : lifetime.dividedBy(2);
        return now.isBefore(expiresAt.minus(margin));
    }

    private OidcClientConfig clientConfig(EntraClientCredentials credentials) {
        String authority = config.authority().endsWith("/") ? config.authority() : config.authority() + "/";
        return new OidcClientConfigBuilder()
                .id("azure-batch")
                .authServerUrl(authority + credentials.tenantId())
                .discoveryEnabled(false)
                .tokenPath("oauth2/v2.0/token")
                .clientId(credentials.clientId())
                .credentials().clientSecret(credentials.clientSecret(), OidcClientCommonConfig.Credentials.Secret.Method.POST)
                .end()
                .grant(OidcClientConfig.Grant.Type.CLIENT)
                .scopes(config.scope())
                .connectionTimeout(config.connectTimeout())
                .build();
    }

    /** Entra answers OAuth errors: {@code error} becomes the code, {@code error_description} the message. */
    private ProviderCallException refused(OidcClientException e) {
        String body = e.getMessage() == null ? "" : e.getMessage();
        String code = "ENTRA_TOKEN_REFUSED";
        String message = body;
        int start = body.indexOf('{');
        if (start >= 0) {
            try {
                JsonNode error = mapper.readTree(body.substring(start));
                code = error.path("error").asText(code);
                message = error.path("error_description").asText(body);
            } catch (Exception notJson) {
                // keep the message as it is
            }
        }
        return new ProviderCallException(ProviderError.of(ErrorCategory.AUTH, code, message, null), null, false, null,
                null);
    }
}
