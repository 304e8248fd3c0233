package dev.nodebatch.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Reads one JSON document into a tree, strictly: exactly one value and nothing after it, every key once (a key
 * listed again is reported at its path and its first value kept), and within {@link InputLimits}. A document over
 * a limit, or not JSON, is not read further: it becomes an unreadable {@link InputDocument} whose one problem
 * names the limit or says where the JSON broke. Never throws for what the input contains. One instance reads one
 * document; not thread-safe.
 */
public final class StrictJsonReader {

    private static final Map<InputLimits, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

    private final JsonParser parser;
    private final InputLimits limits;
    private final List<InputViolation> duplicates = new ArrayList<>();
    private InputPath at = InputPath.ROOT;

    private StrictJsonReader(JsonParser parser, InputLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /** Reads the document {@code parser} is at (or about to start). */
    public static InputDocument read(JsonParser parser, InputLimits limits) {
        return new StrictJsonReader(parser, limits).document();
    }

    /** Reads a request body, which must be UTF-8 (a leading byte order mark is ignored) and at most {@code maxBytes}. */
    public static InputDocument read(byte[] body, InputLimits limits) {
        if (body.length > limits.maxBytes()) {
            return tooLarge(limits);
        }
        CharBuffer text = CharBuffer.allocate(body.length);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult decoded = utf8.decode(bytes, text, true);
        if (decoded.isError()) {
            return InputDocument.unreadable(new InputViolation(InputViolation.ROOT,
                    "the body is not valid UTF-8 (at byte " + bytes.position() + ")"));
        }
        text.flip();
        if (text.hasRemaining() && text.get(0) == '\uFEFF') {
            text.get();
        }
        try (JsonParser parser = FACTORIES.computeIfAbsent(limits, StrictJsonReader::factory)
                .createParser(text.array(), text.position(), text.remaining())) {
            return read(parser, limits);
        } catch (IOException e) {
            return malformed(e);
        }
    }

    /**
     * A parser whose own limits stay out of the way of the reader's, which are checked with the value's path and
     * reported in the reader's words; the body size bounds them all.
     */
    private static JsonFactory factory(InputLimits limits) {
        int bound = (int) Math.min(Integer.MAX_VALUE, limits.maxBytes());
        return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1).maxNameLength(bound).maxNumberLength(bound)
                .maxStringLength(bound).build()).build();
    }

    private InputDocument document() {
        try {
            JsonToken first = parser.hasCurrentToken() ? parser.currentToken() : parser.nextToken();
            if (first == null) {
                return InputDocument.unreadable(new InputViolation(InputViolation.ROOT, "the document is empty"));
            }
            JsonNode tree = value(first, InputPath.ROOT, 1);
            at = InputPath.ROOT;
            if (parser.nextToken() != null) {
                return InputDocument.unreadable(new InputViolation(InputViolation.ROOT,
                        "malformed JSON: more content after the document" + where(parser.currentTokenLocation())));
            }
            JsonLocation end = parser.currentLocation();
            if (Math.max(end.getByteOffset(), end.getCharOffset()) > limits.maxBytes()) {
                return tooLarge(limits);
            }
            return InputDocument.read(tree, duplicates);
        } catch (Refused refused) {
            return InputDocument.unreadable(refused.violation);
        } catch (StreamConstraintsException e) {
            return InputDocument.unreadable(new InputViolation(at.toString(), overParserLimit(e)));
        } catch (IOException e) {
            return malformed(e);
        } catch (RuntimeException e) {
            // a parser fault on hostile input is still the input's problem, never the caller's
            return InputDocument.unreadable(new InputViolation(at.toString(),
                    "malformed JSON: the document could not be read (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private JsonNode value(JsonToken token, InputPath path, int depth) throws IOException {
        at = path;
        return switch (token) {
            case START_OBJECT -> object(path, nested(path, depth));
            case START_ARRAY -> array(path, nested(path, depth));
            case VALUE_STRING -> string(path);
            case VALUE_NUMBER_INT -> integer(path);
            case VALUE_NUMBER_FLOAT -> DoubleNode.valueOf(number(path).getDoubleValue());
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            default -> throw new Refused(path, "malformed JSON: unexpected " + token + where(parser.currentTokenLocation()));
        };
    }

    private ObjectNode object(InputPath path, int depth) throws IOException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (true) {
            at = path;
            if (parser.nextToken() == JsonToken.END_OBJECT) {
                return object;
            }
            String name = parser.currentName();
            within(name.length(), limits.maxNameLength(), path,
                    "a field name longer than the input limit of %d characters");
            InputPath field = path.field(name);
            at = field;
            JsonNode value = value(parser.nextToken(), field, depth);
            if (object.has(name)) {
                duplicates.add(new InputViolation(field.toString(), "duplicate key"));
            } else {
                object.set(name, value);
            }
        }
    }

    private ArrayNode array(InputPath path, int depth) throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        while (true) {
            InputPath element = path.index(array.size());
            at = element;
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return array;
            }
            within(array.size() + 1, limits.maxItems(), path, "a list longer than the input limit of %d items");
            array.add(value(token, element, depth));
        }
    }

    private TextNode string(InputPath path) throws IOException {
        within(parser.getTextLength(), limits.maxStringLength(), path,
                "a string longer than the input limit of %d characters");
        return TextNode.valueOf(parser.getText());
    }

    private JsonNode integer(InputPath path) throws IOException {
        JsonParser number = number(path);
        return switch (number.getNumberType()) {
            case INT -> IntNode.valueOf(number.getIntValue());
            case LONG -> LongNode.valueOf(number.getLongValue());
            default -> BigIntegerNode.valueOf(number.getBigIntegerValue());
        };
    }

    /** The parser, once the number it is at is known to be short enough to convert cheaply. */
    private JsonParser number(InputPath path) throws IOException {
        within(parser.getTextLength(), limits.maxNumberLength(), path,
                "a number longer than the input limit of %d characters");
        return parser;
    }

    /** The depth of the container that starts here, once it is known to be within the limit. */
    private int nested(InputPath path, int depth) {
        if (depth > limits.maxDepth()) {
            throw new Refused(path, "nested deeper than the input limit of " + limits.maxDepth() + " levels");
        }
        return depth + 1;
    }

    private static void within(int length, int limit, InputPath path, String message) {
        if (length > limit) {
            throw new Refused(path, String.format(message, limit));
        }
    }

    private static InputDocument tooLarge(InputLimits limits) {
        return InputDocument.unreadable(new InputViolation(InputViolation.ROOT,
                "larger than the input limit of " + limits.maxBytes() + " bytes"));
    }

    private static InputDocument malformed(IOException e) {
        String problem = e instanceof JsonProcessingException json
                ? json.getOriginalMessage() + where(json.getLocation())
                : "the document could not be read (" + e.getClass().getSimpleName() + ")";
        return InputDocument.unreadable(new InputViolation(InputViolation.ROOT, "malformed JSON: " + problem));
    }

    /**
     * The parser's own limits are looser than {@link InputLimits}, so this is only reached through a parser that
     * another component configured (Funqy's HTTP binding, should a body reach it unchecked), for values the reader's own checks could not see first.
     */
    private static String overParserLimit(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("NumberLength")) {
            return "a number longer than the input limit";
        }
        if (message.contains("NameLength")) {
            return "a field name longer than the input limit";
        }
        if (message.contains("StringLength")) {
            return "a string longer than the input limit";
        }
        if (message.contains("NestingDepth")) {
            return "nested deeper than the input limit";
        }
        return "over an input limit";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** A value over a limit, or a token that cannot start one: the document is not read further. */
    private static final class Refused extends RuntimeException {

        private final InputViolation violation;

        Refused(InputPath path, String message) {
            super(message, null, false, false);
            this.violation = new InputViolation(path.toString(), message);
        }
    }
}
