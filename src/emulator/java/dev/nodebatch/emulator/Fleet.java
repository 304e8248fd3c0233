package dev.nodebatch.emulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The fleet document as a whole: each service owns and checks its own slice of it. */
final class Fleet {

    private final List<EmulatedService> services;

    Fleet(List<EmulatedService> services) {
        this.services = services;
    }

    /**
     * Replaces every service's state, or none when any slice is wrong.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    void replace(JsonNode document) {
        if (document == null || !document.isObject()) {
            throw new IllegalArgumentException("A fleet document must be a JSON object");
        }
        List<Runnable> installs = services.stream().map(service -> service.prepareFleet(document)).toList();
        installs.forEach(Runnable::run);
    }

    ObjectNode current() {
        ObjectNode document = EmulatorJson.MAPPER.createObjectNode();
        services.forEach(service -> service.writeFleet(document));
        return document;
    }
}
