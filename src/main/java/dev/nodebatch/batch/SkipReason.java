package dev.nodebatch.batch;

/** Why a target was never sent. */
public enum SkipReason {
    /** More targets had failed than {@code maxErrors} allows. */
    ERROR_BUDGET,
    /** Too little time was left before the deadline to start another call. */
    DEADLINE,
    /** The provider endpoint's circuit breaker was open after repeated faults; the call was held back. */
    CIRCUIT_OPEN
}
