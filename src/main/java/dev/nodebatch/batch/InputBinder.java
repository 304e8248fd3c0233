package dev.nodebatch.batch;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Binds an input document to its class strictly, reporting every problem at its own JSON path in one pass over the
 * document: unknown fields, strings where numbers belong, fractions or out-of-range numbers where whole numbers
 * belong, objects where lists belong, list elements of the wrong kind, and strings with control or invisible
 * formatting characters ({@link PlainText}), null list elements. A value with a problem is left out (a list element
 * becomes {@code null}), so the rest still binds and goes through Bean Validation. What has no problem is bound as
 * it is, not copied. Thread-safe.
 */
public final class InputBinder {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();
    private final Map<JavaType, InputShape> shapes = new ConcurrentHashMap<>();

    /**
     * Binds what can be bound and adds a violation for everything else. Empty only when the document is not an
     * object at all.
     */
    public <I> Optional<I> bind(JsonNode document, Class<I> type, Violations violations) {
        if (document == null || !document.isObject()) {
            violations.add(InputViolation.ROOT, "must be a JSON object");
            return Optional.empty();
        }
        JsonNode bindable = checked(document, mapper.constructType(type), InputPath.ROOT, violations);
        try {
            return Optional.of(mapper.treeToValue(bindable, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the check above mirrors Jackson's rules; should they ever disagree, the input is still only refused
            String at = e instanceof JsonMappingException mapping ? path(mapping) : InputViolation.ROOT;
            violations.add(at, "could not be bound: " + firstLine(e));
            return Optional.empty();
        }
    }

    /** The value to bind in place of {@code node}, or {@code null} to leave it out after reporting why. */
    private JsonNode checked(JsonNode node, JavaType type, InputPath path, Violations violations) {
        if (node.isNull()) {
            return node;
        }
        InputShape shape = shapeOf(type);
        String problem = switch (shape.kind()) {
            case ANY -> forbiddenText(node);
            case STRING -> node.isTextual() ? forbiddenText(node) : mustBe(shape);
            case WHOLE -> !node.isIntegralNumber() ? mustBe(shape) : shape.fits(node) ? null : "must be " + shape.range();
            case NUMBER -> node.isNumber() ? null : mustBe(shape);
            case BOOLEAN -> node.isBoolean() ? null : mustBe(shape);
            case VALUE -> unbindable(node, shape);
            case LIST -> node.isArray() ? null : mustBe(shape);
            case MAP, OBJECT -> node.isObject() ? null : mustBe(shape);
        };
        if (problem != null) {
            violations.add(path.toString(), problem);
            return null;
        }
        return switch (shape.kind()) {
            case LIST -> list((ArrayNode) node, shape.content(), path, violations);
            case MAP -> map((ObjectNode) node, shape, path, violations);
            case OBJECT -> object((ObjectNode) node, shape, path, violations);
            default -> node;
        };
    }

    /**
     * A list element may not be null: a list names targets or values, each of which must be there. Refused here, and
     * not by a Bean Validation constraint on the element type, because Hibernate Validator takes time quadratic in
     * the number of null elements to report them. The list is copied only when an element has to be left out.
     */
    private ArrayNode list(ArrayNode list, JavaType elementType, InputPath path, Violations violations) {
        ArrayNode bindable = null;
        for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            JsonNode checked;
            if (element.isNull()) {
                violations.add(path.index(i).toString(), mustBe(shapeOf(elementType)));
                checked = null;
            } else {
                checked = checked(element, elementType, path.index(i), violations);
            }
            if (checked != element && bindable == null) {
                bindable = JsonNodeFactory.instance.arrayNode(list.size());
                for (int before = 0; before < i; before++) {
                    bindable.add(list.get(before));
                }
            }
            if (bindable != null) {
                bindable.add(checked == null ? NullNode.getInstance() : checked);
            }
        }
        return bindable == null ? list : bindable;
    }

    private ObjectNode map(ObjectNode map, InputShape shape, InputPath path, Violations violations) {
        return fields(map, path, violations, name -> shape.content());
    }

    private ObjectNode object(ObjectNode object, InputShape shape, InputPath path, Violations violations) {
        return fields(object, path, violations, name -> shape.properties().get(name));
    }

    /**
     * The fields of {@code object} with the type {@code typeOf} gives each, an unknown field where it gives none.
     * The object is copied only when a field has to be left out.
     */
    private ObjectNode fields(ObjectNode object, InputPath path, Violations violations,
            Function<String, JavaType> typeOf) {
        ObjectNode bindable = null;
        int seen = 0;
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); seen++) {
            Map.Entry<String, JsonNode> field = fields.next();
            JavaType fieldType = typeOf.apply(field.getKey());
            JsonNode checked;
            if (fieldType == null) {
                violations.add(path.field(field.getKey()).toString(), "unknown field");
                checked = null;
            } else {
                checked = checked(field.getValue(), fieldType, path.field(field.getKey()), violations);
            }
            if (checked != field.getValue() && bindable == null) {
                bindable = copyOfFirst(object, seen);
            }
            if (bindable != null && checked != null) {
                bindable.set(field.getKey(), checked);
            }
        }
        return bindable == null ? object : bindable;
    }

    private static ObjectNode copyOfFirst(ObjectNode object, int count) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        for (int i = 0; i < count; i++) {
            Map.Entry<String, JsonNode> field = fields.next();
            copy.set(field.getKey(), field.getValue());
        }
        return copy;
    }

    private InputShape shapeOf(JavaType type) {
        return shapes.computeIfAbsent(type, key -> InputShape.of(key, mapper));
    }

    /** Why Jackson cannot bind {@code node} as a whole (the creator's own message where it has one), or null. */
    private String unbindable(JsonNode node, InputShape shape) {
        try {
            mapper.treeToValue(node, shape.type());
            return forbiddenText(node);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException creator && creator.getMessage() != null) {
                    return creator.getMessage();
                }
            }
            return mustBe(shape);
        }
    }

    /** The problem with the first string in {@code node} that has a forbidden character, or null. */
    private static String forbiddenText(JsonNode node) {
        if (node.isTextual()) {
            int at = PlainText.firstForbidden(node.textValue());
            return at < 0 ? null : PlainText.describe(node.textValue(), at);
        }
        for (JsonNode child : node) {
            String problem = forbiddenText(child);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String mustBe(InputShape shape) {
        return "must be " + shape.expected();
    }

    private static String path(JsonMappingException e) {
        InputPath path = InputPath.ROOT;
        for (JsonMappingException.Reference step : e.getPath()) {
            path = step.getIndex() >= 0 ? path.index(step.getIndex())
                    : step.getFieldName() != null ? path.field(step.getFieldName()) : path;
        }
        return path.toString();
    }

    private static String firstLine(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
