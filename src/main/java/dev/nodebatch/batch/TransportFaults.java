package dev.nodebatch.batch;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Maps a call that got no answer to a {@link ProviderCallException}, the same for every provider: never connected
 * (nothing sent), timed out or lost the connection (maybe applied).
 */
public final class TransportFaults {

    private TransportFaults() {
    }

    public static ProviderCallException of(Throwable fault) {
        for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return new ProviderCallException(ProviderError.of(ErrorCategory.NETWORK, "CONNECT_FAILED",
                        describe(cause), null), null, false, null, fault);
            }
        }
        for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return ProviderCallException.unanswered(ProviderError.of(ErrorCategory.TIMEOUT, "READ_TIMEOUT",
                        "no answer in time: " + describe(cause), null), fault);
            }
        }
        return ProviderCallException.unanswered(ProviderError.of(ErrorCategory.NETWORK, "CONNECTION_LOST",
                "connection lost after sending: " + describe(fault), null), fault);
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
