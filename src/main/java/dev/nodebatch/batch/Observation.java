package dev.nodebatch.batch;

import java.util.Map;

/**
 * One look at an asynchronous target: the provider's state word (a job status such as {@code RUNNING}, a node
 * state such as {@code reimaging}), what else the provider said that a result should show, and the error the
 * read met, where it met one (e.g. a 404 for a node that is gone).
 *
 * @param state the provider's own state word, or null when the read failed
 * @param details the target's state for the result, e.g. {@code {"jobStatus": "SUCCESS"}}
 * @param error the error of the read, or the provider's reason for a failed job
 */
public record Observation(String state, Map<String, Object> details, ProviderError error) {

    public static Observation of(String state, Map<String, Object> details) {
        return new Observation(state, details, null);
    }

    /** A finished job that did not do its work, with the provider's reason. */
    public static Observation failed(String state, Map<String, Object> details, ProviderError reason) {
        return new Observation(state, details, reason);
    }

    public static Observation unreadable(ProviderError error) {
        return new Observation(null, Map.of(), error);
    }
}
