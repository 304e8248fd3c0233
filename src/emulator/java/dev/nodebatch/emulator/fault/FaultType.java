package dev.nodebatch.emulator.fault;

/** What an injected fault does to a provider call that passed the gateway's checks. */
public enum FaultType {
    /** Waits {@code latencyMs}, then answers normally. */
    LATENCY,
    /** Answers 429 like the gateway's throttling, with {@code Retry-After} only when {@code retryAfterSeconds} is set. */
    THROTTLE,
    /** Answers {@code status} (default 500) with the service's internal-error body; nothing changes. */
    ERROR_5XX,
    /** Reads the request, then closes the connection without answering; nothing changes. */
    RESET,
    /** Waits {@code latencyMs}, meant to exceed the client's read timeout, then applies the change and answers. */
    SLOW,
    /** Applies the change and answers with a body cut in half. */
    MALFORMED,
    /** Applies the change, then answers like {@link #ERROR_5XX}. */
    APPLIED_THEN_FAILED,
    /** Answers normally, but every job the call starts ends failed; no effect on calls that start no job. */
    JOB_FAILS
}
