package dev.nodebatch.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Binds an input document to its class strictly, collecting every type problem with its JSON path instead of
 * stopping at the first: unknown fields, strings where numbers belong, fractions where whole numbers belong,
 * objects where lists belong. Thread-safe.
 */
public final class InputBinder {

    /** Problems are found one per round at worst; this bounds the work a hostile document can cause. */
    private static final int MAX_ROUNDS = 100;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /**
     * Binds what can be bound and adds a violation for everything else. Fields with a type problem stay
     * unset, so the result can still go through Bean Validation; it is empty only when the document could
     * not be bound at all.
     * <p>
     * Jackson stops at a value it cannot coerce; such a value is recorded, taken out of a copy of the
     * document, and binding starts again, so that every problem is found.
     */
    public <I> Optional<I> bind(JsonNode document, Class<I> type, List<InputViolation> violations) {
        if (document == null || !document.isObject()) {
            violations.add(new InputViolation(InputViolation.ROOT, "must be a JSON object"));
            return Optional.empty();
        }
        JsonNode working = document;
        List<InputViolation> uncoercible = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<InputViolation> handled = new ArrayList<>();
            try {
                I bound = mapper.readerFor(type).withHandler(new Collector(handled)).readValue(working);
                violations.addAll(uncoercible);
                violations.addAll(handled);
                return Optional.ofNullable(bound);
            } catch (JsonMappingException e) {
                List<JsonMappingException.Reference> at = valuePath(e);
                uncoercible.add(new InputViolation(path(at), message(e)));
                working = working == document ? document.deepCopy() : working;
                if (!remove(working, at)) {
                    violations.addAll(uncoercible);
                    return Optional.empty();
                }
            } catch (IOException e) {
                violations.add(new InputViolation(InputViolation.ROOT, "unreadable input: " + e.getMessage()));
                return Optional.empty();
            }
        }
        violations.addAll(uncoercible);
        return Optional.empty();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(TypeFactory.defaultInstance().constructType(mismatch.getTargetType()));
        }
        return e.getCause() instanceof IllegalArgumentException cause ? cause.getMessage() : e.getOriginalMessage();
    }

    /** Takes the value at {@code path} out of the document: a field is removed, a list element nulled. */
    private static boolean remove(JsonNode document, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = document;
        for (JsonMappingException.Reference step : path.subList(0, path.size() - 1)) {
            parent = step.getIndex() >= 0 ? parent.path(step.getIndex()) : parent.path(step.getFieldName());
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getFieldName() != null && object.has(last.getFieldName())) {
            object.remove(last.getFieldName());
            return true;
        }
        if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()
                && !array.get(last.getIndex()).isNull()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }

    /**
     * Where the offending value is. A list given for a single value is reported by Jackson at its first
     * element; the value is the list itself.
     */
    private static List<JsonMappingException.Reference> valuePath(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        boolean scalarTarget = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && !TypeFactory.defaultInstance().constructType(mismatch.getTargetType()).isContainerType();
        if (scalarTarget && path.size() > 1 && path.get(path.size() - 1).getIndex() >= 0
                && path.get(path.size() - 2).getFieldName() != null) {
            return path.subList(0, path.size() - 1);
        }
        return path;
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.length() == 0 ? InputViolation.ROOT : path.toString();
    }

    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                parts.add(0, "." + at.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? InputViolation.ROOT : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String describe(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "a whole number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (raw == String.class) {
            return "a string";
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return "a list";
        }
        return "an object";
    }

    /** Records a problem and lets binding go on, leaving the field unset. */
    private static final class Collector extends DeserializationProblemHandler {

        private final List<InputViolation> problems;

        Collector(List<InputViolation> problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            problems.add(new InputViolation(path(p.getParsingContext()), "unknown field"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) throws IOException {
            // at the start of a list or object the parser is already inside it; the value is the list or object
            JsonStreamContext at = t != null && t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
            problems.add(new InputViolation(path(at), "must be " + describe(targetType)));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            problems.add(new InputViolation(path(ctxt.getParser().getParsingContext()),
                    "must be " + describe(ctxt.constructType(targetType))));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) {
            problems.add(new InputViolation(path(ctxt.getParser().getParsingContext()),
                    "must be " + describe(ctxt.constructType(targetType))));
            return null;
        }

        @Override
        public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
                Throwable t) {
            problems.add(new InputViolation(path(ctxt.getParser().getParsingContext()), t.getMessage()));
            return null;
        }
    }
}
