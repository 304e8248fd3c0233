package dev.nodebatch.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An example input kept with a deployment: {@code deploy/<platform>/examples/<function>/<name>.json}, the JSON a
 * trigger (a schedule, a pipeline, an operator) sends to that function. Every platform directory follows the same
 * layout, so one runner checks them all.
 */
record ExampleInput(String function, String name, Path file) {

    /** Strict like the functions: a key given twice is an error, not silently the last value. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Every example under {@code platformDirectory/examples}, ordered by function and name. */
    static List<ExampleInput> under(Path platformDirectory) {
        Path examples = platformDirectory.resolve("examples");
        try (Stream<Path> files = Files.walk(examples, 2)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(file -> examples.relativize(file).getNameCount() == 2)
                    .map(file -> new ExampleInput(file.getParent().getFileName().toString(),
                            file.getFileName().toString().replaceFirst("\\.json$", ""), file))
                    .sorted(Comparator.comparing(ExampleInput::function).thenComparing(ExampleInput::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + examples, e);
        }
    }

    JsonNode json() {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The same input with {@code options.dryRun} true, whatever the example says: checked, planned, never sent. */
    String asDryRun() {
        ObjectNode input = (ObjectNode) json();
        JsonNode options = input.get("options");
        ObjectNode dryRunOptions = options instanceof ObjectNode given ? given : input.putObject("options");
        dryRunOptions.put("dryRun", true);
        return input.toString();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not one JSON document", e);
        }
    }

    @Override
    public String toString() {
        return function + "/" + name;
    }
}
