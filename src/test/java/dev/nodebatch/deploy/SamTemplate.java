package dev.nodebatch.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * An AWS SAM template as CloudFormation would see it for one set of parameter values: {@code Fn::If},
 * {@code Fn::Equals}, {@code Fn::And}, {@code Fn::Not}, conditions and {@code Ref}s to parameters are resolved,
 * {@code AWS::NoValue} removes what it stands for, and each function's properties include the template's
 * {@code Globals} (maps merged, the function's own values first). Other intrinsics ({@code Fn::Sub},
 * {@code Fn::GetAtt}, {@code Ref}s to resources) stay as written. The template uses the long form of every
 * intrinsic, so that a plain YAML parser reads it.
 */
final class SamTemplate {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final JsonNode template;
    private final Map<String, String> parameters = new HashMap<>();
    private final Map<String, Boolean> conditions = new HashMap<>();

    private SamTemplate(JsonNode template, Map<String, String> overrides) {
        this.template = template;
        template.path("Parameters").properties().forEach(parameter -> parameters.put(parameter.getKey(),
                parameter.getValue().path("Default").asText("")));
        parameters.putAll(overrides);
    }

    static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The template at {@code file} with its parameters' defaults, overridden by {@code parameterValues}. */
    static SamTemplate of(Path file, Map<String, String> parameterValues) {
        return new SamTemplate(read(file), parameterValues);
    }

    JsonNode raw() {
        return template;
    }

    /** Every resource of {@code type}, by logical id, resolved. */
    Map<String, JsonNode> resources(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        template.path("Resources").properties().forEach(resource -> {
            if (type.equals(resource.getValue().path("Type").asText())) {
                found.put(resource.getKey(), resource(resource.getKey()));
            }
        });
        return found;
    }

    /** One resource, resolved; a SAM function's properties with the Globals merged in. */
    JsonNode resource(String logicalId) {
        JsonNode resource = template.path("Resources").path(logicalId);
        if (resource.isMissingNode()) {
            throw new AssertionError("no resource " + logicalId);
        }
        ObjectNode resolved = (ObjectNode) resolve(resource);
        if ("AWS::Serverless::Function".equals(resolved.path("Type").asText())) {
            JsonNode globals = resolve(template.path("Globals").path("Function"));
            ObjectNode properties = resolved.with("Properties");
            if (globals != null && globals.isObject()) {
                merge(properties, globals);
            }
        }
        return resolved;
    }

    /** The resource a {@code {"Ref": id}} or {@code {"Fn::GetAtt": [id, ...]}} names. */
    JsonNode referenced(JsonNode reference) {
        if (reference.has("Ref")) {
            return resource(reference.get("Ref").asText());
        }
        if (reference.has("Fn::GetAtt")) {
            return resource(reference.get("Fn::GetAtt").get(0).asText());
        }
        throw new AssertionError("not a reference to a resource: " + reference);
    }

    private JsonNode resolve(JsonNode node) {
        if (node.isArray()) {
            ArrayNode resolved = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> {
                JsonNode value = resolve(element);
                if (value != null) {
                    resolved.add(value);
                }
            });
            return resolved;
        }
        if (!node.isObject()) {
            return node;
        }
        if (node.size() == 1) {
            Map.Entry<String, JsonNode> only = node.properties().iterator().next();
            JsonNode argument = only.getValue();
            switch (only.getKey()) {
                case "Fn::If":
                    return resolve(argument.get(condition(argument.get(0).asText()) ? 1 : 2));
                case "Ref":
                    String name = argument.asText();
                    if ("AWS::NoValue".equals(name)) {
                        return null;
                    }
                    return parameters.containsKey(name) ? TextNode.valueOf(parameters.get(name)) : node;
                default:
                    break;
            }
        }
        ObjectNode resolved = JsonNodeFactory.instance.objectNode();
        node.properties().forEach(field -> {
            JsonNode value = resolve(field.getValue());
            if (value != null) {
                resolved.set(field.getKey(), value);
            }
        });
        return resolved;
    }

    private boolean condition(String name) {
        Boolean known = conditions.get(name);
        if (known == null) {
            JsonNode definition = template.path("Conditions").path(name);
            if (definition.isMissingNode()) {
                throw new AssertionError("no condition " + name);
            }
            known = truth(definition);
            conditions.put(name, known);
        }
        return known;
    }

    private boolean truth(JsonNode expression) {
        Map.Entry<String, JsonNode> only = expression.properties().iterator().next();
        JsonNode argument = only.getValue();
        return switch (only.getKey()) {
            case "Fn::Equals" -> resolve(argument.get(0)).asText().equals(resolve(argument.get(1)).asText());
            case "Fn::Not" -> !truth(argument.get(0));
            case "Fn::And" -> all(argument);
            case "Fn::Or" -> any(argument);
            case "Condition" -> condition(argument.asText());
            default -> throw new AssertionError("condition function not handled here: " + only.getKey());
        };
    }

    private boolean all(JsonNode expressions) {
        for (JsonNode expression : expressions) {
            if (!truth(expression)) {
                return false;
            }
        }
        return true;
    }

    private boolean any(JsonNode expressions) {
        for (JsonNode expression : expressions) {
            if (truth(expression)) {
                return true;
            }
        }
        return false;
    }

    /** SAM's rule for Globals: maps merge, a function's own value wins over the global one. */
    private static void merge(ObjectNode target, JsonNode globals) {
        Iterator<Map.Entry<String, JsonNode>> fields = globals.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> global = fields.next();
            JsonNode own = target.get(global.getKey());
            if (own == null) {
                target.set(global.getKey(), global.getValue().deepCopy());
            } else if (own.isObject() && global.getValue().isObject()) {
                merge((ObjectNode) own, global.getValue());
            }
        }
    }
}
