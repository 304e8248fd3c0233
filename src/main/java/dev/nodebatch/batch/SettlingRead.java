package dev.nodebatch.batch;

import java.util.List;
import java.util.Map;

/**
 * Reads targets back from the provider to settle calls whose outcome is unknown (a 5xx, a timeout, a lost
 * connection or an unreadable answer to a mutating call). An operation whose provider offers such a read
 * plugs one in; the engine calls it for the UNKNOWN targets of each chunk.
 */
@FunctionalInterface
public interface SettlingRead<T> {

    /**
     * @return what the read found, by target id; a target the read could not judge is left out and stays UNKNOWN
     * @throws ProviderCallException when the read itself failed; every target stays UNKNOWN
     */
    Map<String, Settlement> read(List<T> targets, Deadline deadline);

    /**
     * What a read found for one target: the change in place, the submit under way (with the job it started
     * where the provider names one, {@code jobId}), or neither.
     */
    record Settlement(boolean applied, boolean submitted, String jobId, Map<String, Object> state) {

        public static Settlement applied(Map<String, Object> state) {
            return new Settlement(true, false, null, state);
        }

        /** The submit went through: this job (null where the provider has no job id) is doing the work. */
        public static Settlement submitted(String jobId, Map<String, Object> state) {
            return new Settlement(true, true, jobId, state);
        }

        public static Settlement notApplied() {
            return new Settlement(false, false, null, null);
        }
    }
}
