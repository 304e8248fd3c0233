package dev.nodebatch.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What deploy/ declares: the functions each platform routes to, the timers and the inputs
 * they run. Example inputs are plain input files: {@code deploy/<platform>/examples/<function>/<name>.json}, and
 * an Azure timer function's {@code <function>.json} beside its {@code function.json}.
 */
final class Deployments {

    static final Path AZURE = Path.of("deploy", "azure");
    static final Path HUAWEI = Path.of("deploy", "huawei");
    static final Path AWS = Path.of("deploy", "aws");
    private static final Path TERRAFORM = HUAWEI.resolve("main.tf");
    private static final Pattern TERRAFORM_FUNCTIONS = Pattern.compile("(?s)\\bfunctions\\s*=\\s*\\[(.*?)]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern TERRAFORM_SCHEDULE = Pattern.compile(
            "(?s)\"([a-z0-9-]+)\"\\s*=\\s*\\{\\s*function\\s*=\\s*\"([^\"]+)\"\\s*input\\s*=\\s*\"([^\"]+)\"");

    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** One example or scheduled input: the function it is for and the file that holds it. */
    record ExampleInput(String function, Path file) {

        @Override
        public String toString() {
            return function + " <- " + file;
        }
    }

    private Deployments() {
    }

    /** The Azure function folders whose function.json has a trigger of the type, by folder name. */
    static Map<String, JsonNode> azureFunctions(String triggerType) {
        Map<String, JsonNode> functions = new TreeMap<>();
        for (Path folder : list(AZURE)) {
            Path metadata = folder.resolve("function.json");
            if (Files.isRegularFile(metadata)) {
                JsonNode json = read(metadata);
                if (json.path("bindings").findValuesAsText("type").contains(triggerType)) {
                    functions.put(folder.getFileName().toString(), json);
                }
            }
        }
        return functions;
    }

    /** The functions main.tf gives an API (its {@code local.functions}), in its order. */
    static List<String> terraformFunctions() {
        Matcher list = TERRAFORM_FUNCTIONS.matcher(terraform());
        if (!list.find()) {
            throw new IllegalStateException("main.tf has no functions = [...] list");
        }
        List<String> names = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(list.group(1));
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        return names;
    }

    /** main.tf's timers, by name: the function each runs and the input file it passes. */
    static Map<String, ExampleInput> terraformSchedules() {
        Map<String, ExampleInput> schedules = new TreeMap<>();
        Matcher schedule = TERRAFORM_SCHEDULE.matcher(terraform());
        while (schedule.find()) {
            schedules.put(schedule.group(1), new ExampleInput(schedule.group(2), HUAWEI.resolve(schedule.group(3))));
        }
        return schedules;
    }

    /** Every example and scheduled input under deploy/. */
    static List<ExampleInput> exampleInputs() {
        List<ExampleInput> inputs = new ArrayList<>();
        for (Path platform : List.of(AWS, AZURE, HUAWEI)) {
            for (Path function : list(platform.resolve("examples"))) {
                for (Path file : list(function)) {
                    inputs.add(new ExampleInput(function.getFileName().toString(), file));
                }
            }
        }
        for (String timer : azureFunctions("timerTrigger").keySet()) {
            for (Path file : list(AZURE.resolve(timer))) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") && !name.equals("function.json")) {
                    inputs.add(new ExampleInput(name.substring(0, name.length() - ".json".length()), file));
                }
            }
        }
        return inputs;
    }

    static JsonNode read(Path file) {
        try {
            return STRICT_JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not readable JSON", e);
        }
    }

    /** Strictly, like the functions: a key given twice is an error, not silently the last value. */
    static JsonNode parse(String json) {
        try {
            return STRICT_JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not one JSON document", e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static String terraform() {
        try {
            return Files.readString(TERRAFORM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
