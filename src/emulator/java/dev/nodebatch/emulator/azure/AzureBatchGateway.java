package dev.nodebatch.emulator.azure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.jboss.logging.Logger;

import dev.nodebatch.azure.AzureSharedKey;
import dev.nodebatch.azure.AzureSharedKeySigner;
import dev.nodebatch.emulator.ProviderAnswer;
import dev.nodebatch.emulator.ProviderCall;
import dev.nodebatch.emulator.ProviderGateway;

/**
 * The front of the emulated Azure Batch account: Shared Key signatures checked as the service checks them (the
 * string to sign rebuilt from the request as received, with the signer our client uses), or bearer tokens that
 * the emulator's Entra endpoint issued. Refusals are 401 {@code BatchError}s: {@code AuthenticationFailed} for
 * Shared Key, {@code InvalidAuthenticationInfo} for tokens, the reason in {@code AuthenticationErrorDetail}.
 * Thread-safe.
 */
public final class AzureBatchGateway implements ProviderGateway {

    private static final Logger LOG = Logger.getLogger(AzureBatchGateway.class);
    private static final String AUTH_DETAIL = "AuthenticationErrorDetail";

    private final AzureAccess access;
    private final EntraTokens tokens;
    private final Duration maxClockSkew;
    private final String authority;

    /** @param authority the token endpoint's base URL, named in the {@code WWW-Authenticate} challenge */
    public AzureBatchGateway(AzureAccess access, EntraTokens tokens, Duration maxClockSkew, String authority) {
        this.access = access;
        this.tokens = tokens;
        this.maxClockSkew = maxClockSkew;
        this.authority = authority;
    }

    @Override
    public Optional<ProviderAnswer> admit(ProviderCall call) {
        String authorization = call.header("Authorization");
        Optional<ProviderAnswer> refusal;
        if (authorization == null) {
            refusal = Optional.of(sharedKeyRefusal(call, "The Authorization header is missing."));
        } else if (authorization.startsWith(AzureSharedKeySigner.SCHEME + " ")) {
            refusal = checkSharedKey(call, authorization.substring(AzureSharedKeySigner.SCHEME.length() + 1))
                    .map(reason -> sharedKeyRefusal(call, reason));
        } else if (authorization.startsWith("Bearer ")) {
            refusal = checkToken(call, authorization.substring("Bearer ".length()).trim());
        } else {
            refusal = Optional.of(sharedKeyRefusal(call, "The authorization scheme is not supported."));
        }
        refusal.ifPresent(answer -> LOG.debugf("Refused %s from %s", call.operationId(), call.caller()));
        return refusal;
    }

    private Optional<String> checkSharedKey(ProviderCall call, String credential) {
        int colon = credential.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.of("The Authorization header is malformed.");
        }
        String account = credential.substring(0, colon);
        String signature = credential.substring(colon + 1);
        call.identify(account);
        String date = call.header(AzureSharedKeySigner.DATE_HEADER) != null ? call.header(AzureSharedKeySigner.DATE_HEADER)
                : call.header("Date");
        if (date == null) {
            return Optional.of("The request has neither an ocp-date nor a Date header.");
        }
        try {
            Instant signedAt = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            if (Duration.between(signedAt, Instant.now()).abs().compareTo(maxClockSkew) > 0) {
                return Optional.of("The request date is more than 15 minutes away from the service's clock.");
            }
        } catch (DateTimeParseException e) {
            return Optional.of("The request date is not an RFC 1123 date.");
        }
        if (access.batchKey() == null || !access.batchAccount().equalsIgnoreCase(account)) {
            return Optional.of("The account " + account + " does not exist or does not accept Shared Key.");
        }
        String stringToSign = AzureSharedKeySigner.stringToSign(call.method(), call.headers(), account, call.rawPath(),
                call.rawQuery());
        String expected = AzureSharedKeySigner.authorization(new AzureSharedKey(account, access.batchKey()), stringToSign);
        boolean holds = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                (AzureSharedKeySigner.SCHEME + " " + account + ":" + signature).getBytes(StandardCharsets.UTF_8));
        return holds ? Optional.empty()
                : Optional.of("The MAC signature found in the HTTP request is not the same as any computed signature.");
    }

    private Optional<ProviderAnswer> checkToken(ProviderCall call, String token) {
        Optional<EntraTokens.Issued> issued = tokens.find(token);
        issued.ifPresent(found -> call.identify(found.clientId()));
        if (issued.isEmpty()) {
            return Optional.of(tokenRefusal(call, "The access token was not issued by a trusted authority."));
        }
        if (!Instant.now().isBefore(issued.get().expiresAt())) {
            return Optional.of(tokenRefusal(call, "Lifetime validation failed. The token is expired."));
        }
        return Optional.empty();
    }

    private static ProviderAnswer sharedKeyRefusal(ProviderCall call, String reason) {
        return BatchErrorAnswer.of(call, 401, "AuthenticationFailed",
                "Server failed to authenticate the request. Make sure the value of Authorization header is correctly "
                        + "formed including the signature.",
                Map.of(AUTH_DETAIL, reason));
    }

    private ProviderAnswer tokenRefusal(ProviderCall call, String reason) {
        return BatchErrorAnswer.of(call, 401, "InvalidAuthenticationInfo",
                "Server failed to authenticate the request. Please refer to the information in the www-authenticate header.",
                Map.of(AUTH_DETAIL, reason))
                .withHeader("WWW-Authenticate", "Bearer authorization_uri=\"" + authority
                        + "\", error=\"invalid_token\", error_description=\"" + reason + "\"");
    }

    /** Over the rate limit: 429, as the service answers a client that sends too fast. */
    @Override
    public ProviderAnswer throttled(ProviderCall call, int limitPerSecond, OptionalInt retryAfterSeconds) {
        return throttled(call, limitPerSecond, retryAfterSeconds, OptionalInt.empty());
    }

    /** A {@code THROTTLE} fault: 429 {@code TooManyRequests}, or with status 503 the service's {@code ServerBusy}. */
    @Override
    public ProviderAnswer throttled(ProviderCall call, int limitPerSecond, OptionalInt retryAfterSeconds,
            OptionalInt status) {
        ProviderAnswer answer = status.orElse(429) == 503
                ? BatchErrorAnswer.of(call, 503, "ServerBusy", "The server is currently unable to receive requests. Please retry your request.", Map.of())
                : BatchErrorAnswer.of(call, 429, "TooManyRequests", "The rate of requests for this account is too high. Please retry your request.", Map.of());
        if (retryAfterSeconds.isEmpty()) {
            return answer;
        }
        return answer.withHeader("Retry-After", Integer.toString(retryAfterSeconds.getAsInt()))
                .withHeader("retry-after-ms", Long.toString(retryAfterSeconds.getAsInt() * 1000L));
    }
}
