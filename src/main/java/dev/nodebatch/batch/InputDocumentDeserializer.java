package dev.nodebatch.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Lets Funqy's HTTP binding read an {@link InputDocument} with {@link StrictJsonReader} and the
 * {@link InputLimits#STANDARD standard limits}. Never throws: what cannot be read becomes an unreadable document.
 */
@RegisterForReflection
public class InputDocumentDeserializer extends StdDeserializer<InputDocument> {

    public InputDocumentDeserializer() {
        super(InputDocument.class);
    }

    @Override
    public InputDocument deserialize(JsonParser parser, DeserializationContext context) {
        return StrictJsonReader.read(parser, InputLimits.STANDARD);
    }

    @Override
    public InputDocument getNullValue(DeserializationContext context) {
        return InputDocument.absent();
    }
}
