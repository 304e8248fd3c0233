package dev.nodebatch.emulator.azure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatedService;
import dev.nodebatch.emulator.EmulatorJson;
import dev.nodebatch.emulator.ProviderAnswer;
import dev.nodebatch.emulator.ProviderCall;
import dev.nodebatch.emulator.ProviderGateway;
import dev.nodebatch.emulator.ProviderOperation;
import dev.nodebatch.huawei.HuaweiSigner;
import io.vertx.core.http.HttpMethod;

/**
 * The Microsoft Entra ID v2 token endpoint, client-credentials grant only:
 * {@code POST /{tenant}/oauth2/v2.0/token} with {@code client_id}, {@code client_secret} (in the form or as HTTP
 * Basic) and the Batch scope. Issues tokens that {@link AzureBatchGateway} accepts until they expire; refusals
 * are Entra's OAuth error bodies with their {@code AADSTS} codes. Keeps no fleet state.
 */
public final class EntraTokenService implements EmulatedService {

    public static final String TOKEN = "entra.token";
    /** Every official Batch SDK asks for the resource plus {@code /.default}, hence the double slash. */
    static final Set<String> BATCH_SCOPES = Set.of("https://batch.core.windows.net//.default",
            "https://batch.core.windows.net/.default");

    private final AzureAccess access;
    private final EntraTokens tokens;
    private final ProviderGateway gateway = new EntraGateway();

    public EntraTokenService(AzureAccess access, EntraTokens tokens) {
        this.access = access;
        this.tokens = tokens;
    }

    @Override
    public ProviderGateway gateway() {
        return gateway;
    }

    @Override
    public List<ProviderOperation> operations() {
        return List.of(new ProviderOperation(TOKEN, HttpMethod.POST, "/:tenant/oauth2/v2.0/token", this::token));
    }

    @Override
    public ProviderAnswer serverError(ProviderCall call, int status) {
        return error(status, "server_error", 90033, "A transient error has occurred. Please try again.");
    }

    private ProviderAnswer token(ProviderCall call) {
        Map<String, List<String>> form = form(call);
        String tenant = call.pathParam("tenant");
        if (!"client_credentials".equals(first(form, "grant_type"))) {
            return error(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
        }
        Optional<String[]> client = client(call, form);
        if (client.isEmpty()) {
            return error(400, "invalid_request", 900144, "The request body must contain the following parameter: 'client_id'.");
        }
        String clientId = client.get()[0];
        AzureAccess.EntraApp app = access.entraApps().get(clientId);
        if (access.entraApps().values().stream().noneMatch(known -> known.tenantId().equals(tenant))) {
            return error(400, "invalid_request", 90002, "Tenant '" + tenant + "' not found.");
        }
        if (app == null || !app.tenantId().equals(tenant)) {
            return error(400, "unauthorized_client", 700016, "Application with identifier '" + clientId
                    + "' was not found in the directory '" + tenant + "'.");
        }
        if (!app.clientSecret().equals(client.get()[1])) {
            return error(401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being sent "
                    + "in the request is the client secret value, not the client secret ID.");
        }
        if (!BATCH_SCOPES.contains(first(form, "scope"))) {
            return error(400, "invalid_scope", 1002012, "The provided value for scope is not valid.");
        }
        Instant expiresAt = Instant.now().plus(access.tokenLifetime());
        String token = tokens.issue(clientId, tenant, expiresAt);
        long seconds = access.tokenLifetime().toSeconds();
        ObjectNode answer = EmulatorJson.MAPPER.createObjectNode().put("token_type", "Bearer")
                .put("expires_in", seconds).put("ext_expires_in", seconds).put("access_token", token);
        return ProviderAnswer.json(200, answer);
    }

    /** The client id and secret, from the form (client_secret_post) or the Basic header (client_secret_basic). */
    private static Optional<String[]> client(ProviderCall call, Map<String, List<String>> form) {
        String basic = call.header("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            try {
                String pair = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon > 0) {
                    return Optional.of(new String[] { pair.substring(0, colon), pair.substring(colon + 1) });
                }
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
        String clientId = first(form, "client_id");
        return clientId == null ? Optional.empty()
                : Optional.of(new String[] { clientId, String.valueOf(first(form, "client_secret")) });
    }

    private static Map<String, List<String>> form(ProviderCall call) {
        return HuaweiSigner.decodeQuery(new String(call.body(), StandardCharsets.UTF_8));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Entra's OAuth error body; the description starts with the AADSTS code and ends with trace ids. */
    static ProviderAnswer error(int status, String error, int aadsts, String description) {
        String trace = UUID.randomUUID().toString();
        String correlation = UUID.randomUUID().toString();
        ObjectNode body = EmulatorJson.MAPPER.createObjectNode().put("error", error)
                .put("error_description", "AADSTS" + aadsts + ": " + description + " Trace ID: " + trace
                        + " Correlation ID: " + correlation + " Timestamp: " + Instant.now())
                .put("timestamp", Instant.now().toString()).put("trace_id", trace).put("correlation_id", correlation);
        body.putArray("error_codes").add(aadsts);
        return ProviderAnswer.json(status, body);
    }

    @Override
    public Runnable prepareFleet(JsonNode fleet) {
        return () -> {
        };
    }

    @Override
    public void writeFleet(ObjectNode fleet) {
        // the token endpoint keeps no fleet state
    }

    /** The token endpoint authenticates in the request itself; its callers are the client ids they name. */
    private static final class EntraGateway implements ProviderGateway {

        @Override
        public Optional<ProviderAnswer> admit(ProviderCall call) {
            String clientId = first(form(call), "client_id");
            call.identify(clientId);
            return Optional.empty();
        }

        @Override
        public ProviderAnswer throttled(ProviderCall call, int limitPerSecond, OptionalInt retryAfterSeconds) {
            ProviderAnswer answer = error(429, "temporarily_unavailable", 90055,
                    "The request was throttled. Please try again later.");
            return retryAfterSeconds.isPresent()
                    ? answer.withHeader("Retry-After", Integer.toString(retryAfterSeconds.getAsInt()))
                    : answer;
        }
    }
}
