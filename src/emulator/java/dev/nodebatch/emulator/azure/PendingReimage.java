package dev.nodebatch.emulator.azure;

import java.time.Instant;
import java.util.Objects;

/**
 * A reimage the service has accepted and not finished: it starts at {@code startsAt} (later than the request
 * when {@code taskcompletion} or {@code retaineddata} let running tasks finish first) and ends at {@code endsAt}
 * in {@code endState} ({@code idle}, or the failure state the fleet or a {@code JOB_FAILS} fault asked for).
 */
public record PendingReimage(String option, Instant startsAt, Instant endsAt, String endState) {

    public PendingReimage {
        Objects.requireNonNull(option, "reimage.option is required");
        Objects.requireNonNull(startsAt, "reimage.startsAt is required");
        Objects.requireNonNull(endsAt, "reimage.endsAt is required");
        endState = endState == null ? EmulatedNode.IDLE : endState;
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("reimage.endsAt must not be before reimage.startsAt");
        }
    }
}
