package dev.nodebatch.batch;

/**
 * Where pacing starts for a provider: a sustained rate and the burst allowed on top of it.
 *
 * @param requestsPerSecond > 0
 * @param burst requests that may go out at once after a quiet spell, >= 1
 */
public record StartingRate(double requestsPerSecond, int burst) {

    public StartingRate {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("Requests per second must be > 0");
        }
        if (burst < 1) {
            throw new IllegalArgumentException("Burst must be >= 1");
        }
    }
}
