package dev.nodebatch.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One timer-triggered function of an Azure Functions app: a folder named after the timer function, holding its
 * {@code function.json} (with a {@code timerTrigger} binding) and exactly one more JSON file, named after the
 * function it runs ({@code <function>.json}) and holding that function's input as is.
 */
record AzureTimerFunction(String name, String function, byte[] input) {

    private static final String METADATA = "function.json";

    /** The timer functions among the app's function folders; HTTP-triggered ones are not. */
    static List<AzureTimerFunction> in(Path appRoot, ObjectMapper mapper) {
        try (Stream<Path> folders = Files.list(appRoot)) {
            return folders.filter(folder -> isTimerFunction(folder.resolve(METADATA), mapper))
                    .map(AzureTimerFunction::of)
                    .sorted(Comparator.comparing(AzureTimerFunction::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The Azure function folders in " + appRoot + " could not be listed", e);
        }
    }

    private static boolean isTimerFunction(Path metadata, ObjectMapper mapper) {
        if (!Files.isRegularFile(metadata)) {
            return false;
        }
        try {
            JsonNode bindings = mapper.readTree(metadata.toFile()).path("bindings");
            for (JsonNode binding : bindings) {
                if ("timerTrigger".equalsIgnoreCase(binding.path("type").asText())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(metadata + " is not readable JSON", e);
        }
    }

    private static AzureTimerFunction of(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> inputs = files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().equals(METADATA))
                    .toList();
            if (inputs.size() != 1) {
                throw new IllegalStateException("The timer function " + folder.getFileName() + " needs exactly one "
                        + "<function>.json beside its function.json, the input of the function it runs; it has "
                        + inputs.size());
            }
            String file = inputs.get(0).getFileName().toString();
            return new AzureTimerFunction(folder.getFileName().toString(),
                    file.substring(0, file.length() - ".json".length()), Files.readAllBytes(inputs.get(0)));
        } catch (IOException e) {
            throw new UncheckedIOException("The timer function folder " + folder + " could not be read", e);
        }
    }
}
