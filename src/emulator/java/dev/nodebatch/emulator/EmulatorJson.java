package dev.nodebatch.emulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** The emulator's one JSON mapper: strict about unknown fields so typos in fleet and fault documents show. */
public final class EmulatorJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EmulatorJson() {
    }

    /** The message of a mapping failure with the JSON path where it happened, or a validating constructor's message. */
    public static String problem(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            path.append(step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]");
        }
        String at = path.isEmpty() ? "" : " (at " + path.substring(path.charAt(0) == '.' ? 1 : 0) + ")";
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field \"" + unknown.getPropertyName() + "\"" + at + "; known fields: "
                    + unknown.getKnownPropertyIds();
        }
        Throwable cause = e.getCause();
        String message = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
        return message + at;
    }
}
