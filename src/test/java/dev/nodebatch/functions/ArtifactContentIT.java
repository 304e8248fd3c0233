package dev.nodebatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * What the packaged artifacts hold: production code only. The provider emulator, its demo fleet and every class
 * compiled with the tests stay out of the runner jar, its libraries, {@code function.zip} and a native image.
 */
class ArtifactContentIT {

    private static final Path TARGET = Path.of("target");
    private static final Path RUNNER_JAR = TARGET.resolve("nodebatch-0.1.0-SNAPSHOT-runner.jar");
    private static final Path FUNCTION_ZIP = TARGET.resolve("function.zip");
    private static final Path TEST_CLASSES = TARGET.resolve("test-classes");
    private static final String DEMO_FLEET = "emulator/demo-fleet.json";
    /** Libraries only the tests use: test frameworks, the official SDKs the signers are checked against. */
    private static final Pattern TEST_ONLY_LIBRARY = Pattern.compile(
            ".*(junit|jqwik|rest-assured|huaweicloud-sdk|azure-batch|client-runtime|quarkus-junit|assertj|mockito).*");

    @Test
    void theRunnerJarHoldsNoTestClassAndNoEmulator() throws IOException {
        assumeTrue(Files.exists(RUNNER_JAR), "a JVM build");
        Set<String> entries = entriesOf(RUNNER_JAR);
        assertTrue(entries.contains("dev/nodebatch/functions/ElbMembersUpdateFunction.class"), "the jar is read");
        assertNoEmulatorOrTestClass(entries);
    }

    @Test
    void theLibrariesBesideTheJarAreProductionLibrariesOnly() throws IOException {
        assumeTrue(Files.exists(RUNNER_JAR), "a JVM build");
        try (Stream<Path> libs = Files.walk(TARGET.resolve("lib"))) {
            List<String> testOnly = libs.map(lib -> lib.getFileName().toString())
                    .filter(name -> TEST_ONLY_LIBRARY.matcher(name).matches()).toList();
            assertEquals(List.of(), testOnly);
        }
    }

    @Test
    void functionZipHoldsProductionCodeOnly() throws IOException {
        assumeTrue(Files.exists(FUNCTION_ZIP), "a JVM build for AWS Lambda");
        // the runner jar's content at the top, its libraries under lib/
        Set<String> entries = entriesOf(FUNCTION_ZIP);
        assertTrue(entries.contains("dev/nodebatch/functions/ElbMembersUpdateFunction.class"), "the zip is read");
        List<String> testOnly = entries.stream().filter(name -> name.startsWith("lib/"))
                .filter(name -> TEST_ONLY_LIBRARY.matcher(name).matches()).toList();
        assertEquals(List.of(), testOnly);
        assertNoEmulatorOrTestClass(entries);
    }

    @Test
    void aNativeImageNamesNoEmulatorClass() throws IOException {
        Path image = Path.of(System.getProperty("native.image.path", TARGET.resolve("none").toString()));
        assumeTrue(Files.isRegularFile(image), "a native build");
        // class and resource names are kept as text in the image
        try (InputStream in = Files.newInputStream(image)) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(text.contains("dev.nodebatch.functions"), "the image is read");
            assertFalse(text.contains("dev.nodebatch.emulator"), "no emulator class");
            assertFalse(text.contains(DEMO_FLEET), "no demo fleet");
        }
    }

    private static void assertNoEmulatorOrTestClass(Set<String> entries) throws IOException {
        assertFalse(entries.contains(DEMO_FLEET), "no demo fleet");
        List<String> emulator = entries.stream().filter(name -> name.startsWith("dev/nodebatch/emulator/")).toList();
        assertEquals(List.of(), emulator, "no emulator class");
        Set<String> testClasses = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
            files.filter(Files::isRegularFile).map(file -> TEST_CLASSES.relativize(file).toString().replace('\\', '/'))
                    .forEach(testClasses::add);
        }
        assertTrue(testClasses.contains("dev/nodebatch/emulator/ProviderEmulator.class"),
                "the emulator is compiled with the tests");
        testClasses.retainAll(entries);
        assertEquals(Set.of(), testClasses, "no class or resource compiled with the tests");
    }

    private static Set<String> entriesOf(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Set<String> names = new TreeSet<>();
            zip.stream().map(ZipEntry::getName).forEach(names::add);
            return names;
        }
    }
}
