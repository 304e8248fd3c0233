package dev.nodebatch.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Hostile requests made from valid seed documents, for any function: each request is a seed with one to three
 * mutations, of its tree (a value replaced by a {@link HostileValues hostile value}, removed, set to null, nested
 * deeply, its type swapped; a field added; a key or list element given twice), of its text (truncated, a character
 * inserted, content appended, emptied) or of its bytes (not UTF-8), sent mostly as JSON and now and then with
 * another Content-Type. Bodies stay small, so that thousands of requests take seconds. A function brings its own
 * seeds; everything else is shared.
 */
public final class InputMutator {

    static final String JSON = "application/json";
    private static final List<String> OTHER_CONTENT_TYPES = java.util.Arrays.asList(null, "text/plain",
            "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b",
            "application/merge-patch+json", "application/json; charset=ISO-8859-1", "application/json; charset=utf-8",
            "APPLICATION/JSON", "application/xml", "*/*");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<JsonNode> seeds;

    private InputMutator(List<JsonNode> seeds) {
        this.seeds = seeds;
    }

    /** Requests mutated from {@code seeds}, valid input documents of one function. */
    public static Arbitrary<HostileRequest> requests(List<String> seeds) {
        List<JsonNode> parsed = seeds.stream().map(InputMutator::parse).toList();
        InputMutator mutator = new InputMutator(parsed);
        return Arbitraries.randomValue(mutator::request);
    }

    HostileRequest request(Random random) {
        JsonNode document = HostileValues.pick(seeds, random).deepCopy();
        List<String> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            document = mutateTree(document, random, mutations);
        }
        byte[] body = mutateText(write(document), random, mutations);
        String contentType = random.nextInt(20) == 0 ? HostileValues.pick(OTHER_CONTENT_TYPES, random) : JSON;
        return new HostileRequest(contentType, body, List.copyOf(mutations));
    }

    private static JsonNode mutateTree(JsonNode document, Random random, List<String> mutations) {
        List<Location> locations = new ArrayList<>();
        collect(document, new Location(document, null, null, -1, ""), locations);
        Location at = HostileValues.pick(locations, random);
        switch (random.nextInt(10)) {
            case 0, 1, 2 -> {
                mutations.add("replace " + at);
                return at.replace(document, HostileValues.value(random));
            }
            case 3 -> {
                mutations.add("remove " + at);
                return at.remove(document);
            }
            case 4 -> {
                mutations.add("null " + at);
                return at.replace(document, NODES.nullNode());
            }
            case 5 -> {
                int depth = random.nextInt(8) == 0 ? 40 + random.nextInt(1000) : 1 + random.nextInt(10);
                mutations.add("nest " + at + " " + depth + " deep");
                return at.replace(document, nested(at.value(), depth, random));
            }
            case 6 -> {
                mutations.add("swap type of " + at);
                return at.replace(document, swapped(at.value()));
            }
            case 7 -> {
                ObjectNode object = objectAround(at, document);
                if (object != null) {
                    String name = HostileValues.name(random);
                    mutations.add("add field " + name + " to " + (object == at.value() ? at : at.parentPath));
                    object.set(name, HostileValues.value(random));
                }
                return document;
            }
            case 8 -> {
                if (at.parent instanceof ObjectNode object && at.field != null) {
                    mutations.add("duplicate key " + at);
                    object.set(at.field, HostileValues.raw(write(at.value()) + "," + write(NODES.textNode(at.field))
                            + ":" + write(random.nextBoolean() ? at.value() : HostileValues.value(random))));
                }
                return document;
            }
            default -> {
                if (at.parent instanceof ArrayNode list) {
                    mutations.add("duplicate element " + at);
                    list.insert(at.index, at.value().deepCopy());
                }
                return document;
            }
        }
    }

    private static byte[] mutateText(String text, Random random, List<String> mutations) {
        if (random.nextInt(5) != 0) {
            return utf8(text);
        }
        int position = random.nextInt(text.length() + 1);
        switch (random.nextInt(7)) {
            case 0 -> {
                mutations.add("truncate at " + position);
                return utf8(text.substring(0, position));
            }
            case 1 -> {
                String characters = "{}[],:\"\\ \u0000\n'";
                char inserted = characters.charAt(random.nextInt(characters.length()));
                mutations.add("insert U+" + Integer.toHexString(inserted) + " at " + position);
                return utf8(text.substring(0, position) + inserted + text.substring(position));
            }
            case 2 -> {
                String tail = HostileValues.pick(List.of("}", ",", " {}", "\u0000", "//", "\n{\"a\":1}", "]"), random);
                mutations.add("append " + tail.replace("\u0000", "NUL"));
                return utf8(text + tail);
            }
            case 3 -> {
                mutations.add("blank body");
                return utf8(HostileValues.pick(List.of("", " ", "\n", "\t\r\n "), random));
            }
            case 4 -> {
                mutations.add("byte order mark");
                return utf8("\ufeff" + text);
            }
            case 5 -> {
                mutations.add("not UTF-8 at byte " + position);
                byte[] bytes = utf8(text);
                bytes[Math.min(position, bytes.length - 1)] = (byte) 0xC3;
                return bytes;
            }
            default -> {
                mutations.add("UTF-16");
                return text.getBytes(StandardCharsets.UTF_16);
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code value} inside {@code depth} lists and objects, written as raw text: deeper than a tree writer goes. */
    private static JsonNode nested(JsonNode value, int depth, Random random) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            boolean list = random.nextBoolean();
            open.append(list ? "[" : "{\"x\":");
            close.insert(0, list ? "]" : "}");
        }
        return HostileValues.raw(open + write(value) + close);
    }

    /** The same content as another type: a number as a string, a string as a number, a value as a list of it. */
    private static JsonNode swapped(JsonNode value) {
        if (value.isNumber() || value.isBoolean()) {
            return NODES.textNode(value.asText());
        }
        if (value.isTextual()) {
            return value.textValue().matches("-?[0-9]{1,9}") ? NODES.numberNode(Integer.parseInt(value.textValue()))
                    : NODES.arrayNode().add(value);
        }
        if (value.isObject()) {
            return NODES.arrayNode().add(value);
        }
        return value.isArray() && !value.isEmpty() ? value.get(0) : NODES.objectNode();
    }

    /** The object at or around a location, or null where there is none. */
    private static ObjectNode objectAround(Location at, JsonNode document) {
        if (at.value() instanceof ObjectNode object) {
            return object;
        }
        if (at.parent instanceof ObjectNode parent) {
            return parent;
        }
        return document instanceof ObjectNode root ? root : null;
    }

    private static void collect(JsonNode node, Location at, List<Location> locations) {
        locations.add(at);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> child = fields.next();
                collect(child.getValue(), new Location(child.getValue(), node, child.getKey(), -1, at.toString()),
                        locations);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), new Location(node.get(i), node, null, i, at.toString()), locations);
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A seed must be valid JSON: " + json, e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value in the document: the document itself (no parent), a field of an object, or an element of a list. */
    private record Location(JsonNode node, JsonNode parent, String field, int index, String parentPath) {

        JsonNode value() {
            return node;
        }

        JsonNode replace(JsonNode document, JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(field, replacement);
            } else if (parent instanceof ArrayNode list) {
                list.set(index, replacement);
            } else {
                return replacement;
            }
            return document;
        }

        JsonNode remove(JsonNode document) {
            if (parent instanceof ObjectNode object) {
                object.remove(field);
            } else if (parent instanceof ArrayNode list) {
                list.remove(index);
            }
            return document;
        }

        @Override
        public String toString() {
            return parent == null ? "$" : parentPath + (field != null ? "." + field : "[" + index + "]");
        }
    }
}
