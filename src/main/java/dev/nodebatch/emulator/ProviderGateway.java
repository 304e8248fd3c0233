package dev.nodebatch.emulator;

import java.util.Optional;
import java.util.OptionalInt;

/** The API gateway in front of a provider's services: authentication and the gateway's own error answers. */
public interface ProviderGateway {

    /**
     * Authenticates a call, identifying its caller where the credentials name one.
     *
     * @return the refusal to send, or empty when the call is admitted
     */
    Optional<ProviderAnswer> admit(ProviderCall call);

    /** The answer to a call over the caller's rate limit. */
    ProviderAnswer throttled(ProviderCall call, int limitPerSecond, OptionalInt retryAfterSeconds);
}
