package dev.nodebatch.emulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One emulated provider service: its operations behind its gateway, and its slice of the fleet document.
 * Implementations are thread-safe.
 */
public interface EmulatedService {

    ProviderGateway gateway();

    List<ProviderOperation> operations();

    /** The service's answer to a call that failed inside it, e.g. for injected 5xx faults. */
    ProviderAnswer serverError(ProviderCall call, int status);

    /**
     * Reads and checks this service's slice of a fleet document without changing any state.
     *
     * @return what installs the slice
     * @throws IllegalArgumentException naming what is wrong with the slice
     */
    Runnable prepareFleet(JsonNode fleet);

    /** Writes this service's current slice into a fleet document. */
    void writeFleet(ObjectNode fleet);
}
