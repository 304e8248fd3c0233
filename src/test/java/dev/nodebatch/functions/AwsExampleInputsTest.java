package dev.nodebatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every example input in {@code deploy/aws/examples} (the schedules' constant inputs among them, see
 * {@link AwsSamTemplateTest}) is valid input to its function: run as a dry run, it is planned, never refused, and
 * nothing reaches a provider.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class AwsExampleInputsTest {

    static final Path AWS = Path.of("deploy", "aws");

    static List<ExampleInput> examples() {
        return ExampleInput.under(AWS);
    }

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void anExampleRunAsADryRunIsPlannedTargetByTarget(ExampleInput example) {
        RawHttp.Answer answer = RawHttp.post("/" + example.function(), "application/json", example.asDryRun());

        assertEquals(200, answer.status(), answer::body);
        JsonPath result = answer.json();

        assertEquals("PLANNED", result.getString("status"), result::prettify);
        assertEquals(example.function(), result.getString("operation"));
        assertEquals(List.of(), result.getList("errors"));
        int total = result.getInt("counts.total");
        assertTrue(total > 0, "an example names at least one target");
        assertEquals(total, result.getInt("counts.planned"));
        assertEquals(List.of(), EmulatorControl.requests(), "a dry run sends nothing");
    }

    @Test
    void everyExportedFunctionHasAnExampleAndEveryExampleAFunction() {
        Set<String> exported = new TreeSet<>(RawHttp.send("GET", "/").json().getList("functions.name", String.class));
        Set<String> withExamples = new TreeSet<>(examples().stream().map(ExampleInput::function).toList());

        assertFalse(exported.isEmpty());
        assertEquals(exported, withExamples);
    }
}
