package dev.nodebatch.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** What the emulator answers to a provider call: a status, extra headers and a body, JSON unless a header says otherwise. */
public record ProviderAnswer(int status, Map<String, String> headers, byte[] body) {

    public ProviderAnswer {
        headers = Map.copyOf(headers);
    }

    public static ProviderAnswer json(int status, JsonNode body) {
        try {
            return new ProviderAnswer(status, Map.of(), EmulatorJson.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize an answer", e);
        }
    }

    /** A plain-text answer, for the few provider operations that do not answer JSON. */
    public static ProviderAnswer text(int status, String body) {
        return new ProviderAnswer(status, Map.of("Content-Type", "text/plain;charset=UTF-8"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    public ProviderAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProviderAnswer(status, more, body);
    }

    /** The same answer with its body cut in half, so that it is no longer valid JSON. */
    public ProviderAnswer truncated() {
        return new ProviderAnswer(status, headers, Arrays.copyOf(body, body.length / 2));
    }

    @Override
    public String toString() {
        return "ProviderAnswer[" + status + " " + new String(body, StandardCharsets.UTF_8) + "]";
    }
}
