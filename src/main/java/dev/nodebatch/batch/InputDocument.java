package dev.nodebatch.batch;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A function's input as read by {@link StrictJsonReader}: its tree and the problems found while reading it
 * (duplicate keys), or, when it could not be read at all, why. Every binding hands a function this instead of a
 * plain tree, so that duplicate keys and the {@link InputLimits} are caught in one place. Immutable.
 */
@JsonDeserialize(using = InputDocumentDeserializer.class)
public final class InputDocument {

    private final JsonNode tree;
    private final List<InputViolation> problems;

    private InputDocument(JsonNode tree, List<InputViolation> problems) {
        this.tree = tree;
        this.problems = List.copyOf(problems);
    }

    static InputDocument read(JsonNode tree, List<InputViolation> problems) {
        return new InputDocument(tree, problems);
    }

    static InputDocument unreadable(InputViolation why) {
        return new InputDocument(null, List.of(why));
    }

    /** A document that is the JSON {@code null}, or no document at all. */
    public static InputDocument absent() {
        return new InputDocument(NullNode.getInstance(), List.of());
    }

    /** False when the document could not be read: malformed, or over a limit; {@link #problems()} says why. */
    public boolean isReadable() {
        return tree != null;
    }

    /** The document; {@code null} when it is not {@link #isReadable() readable}. Keys listed twice keep their first value. */
    public JsonNode tree() {
        return tree;
    }

    /** Duplicate keys of a readable document, or the one reason an unreadable document was refused. */
    public List<InputViolation> problems() {
        return problems;
    }
}
