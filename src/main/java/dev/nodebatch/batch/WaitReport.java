package dev.nodebatch.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What came of {@code options.wait}: whether every asynchronous target reached its end, and if not why the
 * wait stopped and how many are still under way (they stay SUBMITTED).
 *
 * @param reason {@code WAIT_TIMEOUT} or {@code DEADLINE} when the wait ran out, else null
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WaitReport(boolean completed, String reason, int stillRunning, int polls) {
}
