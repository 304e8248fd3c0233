package dev.nodebatch.batch;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;

/**
 * The JSON a Java type of an input accepts, as {@link InputBinder} checks it: read off Jackson's own deserializer for
 * the type, so that it agrees with what Jackson will bind. Immutable.
 *
 * @param kind what the JSON must be
 * @param content the element type of a list, the value type of a map
 * @param properties the fields of an object, by JSON name
 * @param min the least whole number accepted, for {@link Kind#WHOLE}
 * @param max the greatest whole number accepted, for {@link Kind#WHOLE}
 */
record InputShape(Kind kind, JavaType type, JavaType content, Map<String, JavaType> properties, BigInteger min,
        BigInteger max) {

    enum Kind {
        /** Any JSON; its strings are still checked. */
        ANY,
        STRING,
        WHOLE,
        NUMBER,
        BOOLEAN,
        LIST,
        MAP,
        /** A bean or record, bound field by field. */
        OBJECT,
        /** Bound by Jackson as a whole: enums, types with a delegating creator such as {@link ErrorBudget}. */
        VALUE
    }

    static InputShape of(JavaType type, ObjectMapper mapper) {
        Class<?> raw = type.getRawClass();
        if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
            return simple(Kind.ANY, type);
        }
        if (CharSequence.class.isAssignableFrom(raw)) {
            return simple(Kind.STRING, type);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return simple(Kind.BOOLEAN, type);
        }
        InputShape whole = whole(type);
        if (whole != null) {
            return whole;
        }
        if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            return simple(Kind.NUMBER, type);
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return new InputShape(Kind.LIST, type, type.getContentType(), Map.of(), null, null);
        }
        if (type.isMapLikeType()) {
            return new InputShape(Kind.MAP, type, type.getContentType(), Map.of(), null, null);
        }
        return raw.isEnum() ? simple(Kind.VALUE, type) : beanOrValue(type, mapper);
    }

    private static InputShape whole(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == Integer.class || raw == int.class) {
            return range(type, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (raw == Long.class || raw == long.class) {
            return range(type, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (raw == Short.class || raw == short.class) {
            return range(type, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (raw == Byte.class || raw == byte.class) {
            return range(type, Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        return raw == BigInteger.class ? new InputShape(Kind.WHOLE, type, null, Map.of(), null, null) : null;
    }

    private static InputShape beanOrValue(JavaType type, ObjectMapper mapper) {
        JsonDeserializer<?> deserializer;
        try {
            deserializer = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                    .createDummyInstance(mapper.getDeserializationConfig()).findRootValueDeserializer(type);
        } catch (JsonMappingException e) {
            throw new IllegalStateException("Jackson cannot bind input type " + type, e);
        }
        if (deserializer instanceof BeanDeserializerBase bean && fieldByField(bean.getValueInstantiator())) {
            Map<String, JavaType> properties = new LinkedHashMap<>();
            bean.properties().forEachRemaining(property -> properties.put(property.getName(), property.getType()));
            bean.creatorProperties().forEachRemaining(property -> properties.put(property.getName(), property.getType()));
            return new InputShape(Kind.OBJECT, type, null, Map.copyOf(properties), null, null);
        }
        return simple(Kind.VALUE, type);
    }

    private static boolean fieldByField(ValueInstantiator instantiator) {
        return !instantiator.canCreateUsingDelegate()
                && (instantiator.canCreateUsingDefault() || instantiator.canCreateFromObjectWith());
    }

    private static InputShape simple(Kind kind, JavaType type) {
        return new InputShape(kind, type, null, Map.of(), null, null);
    }

    private static InputShape range(JavaType type, long min, long max) {
        return new InputShape(Kind.WHOLE, type, null, Map.of(), BigInteger.valueOf(min), BigInteger.valueOf(max));
    }

    /** For a whole number out of range: "must be " + this. */
    String range() {
        return "a whole number from " + min + " to " + max;
    }

    /** True when {@code node}, a whole number, is in this shape's range. */
    boolean fits(JsonNode node) {
        BigInteger value = node.bigIntegerValue();
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** What the JSON must be, for a violation: "must be " + this. */
    String expected() {
        return switch (kind) {
            case STRING -> "a string";
            case WHOLE -> "a whole number";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case LIST -> "a list";
            case MAP, OBJECT -> "an object";
            case VALUE -> type.isEnumType() ? "one of " + Arrays.stream(type.getRawClass().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", ")) : "a valid value";
            case ANY -> "JSON";
        };
    }
}
