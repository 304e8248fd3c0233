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

    /**
     * The answer to a call refused by a {@code THROTTLE} fault. A gateway that throttles with more than one
     * status (Azure Batch: 429, or 503 {@code ServerBusy}) answers {@code status} where the fault names one.
     */
    default ProviderAnswer throttled(ProviderCall call, int limitPerSecond, OptionalInt retryAfterSeconds,
            OptionalInt status) {
        return throttled(call, limitPerSecond, retryAfterSeconds);
    }
}
