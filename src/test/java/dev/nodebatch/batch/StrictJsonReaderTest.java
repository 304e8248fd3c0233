package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

class StrictJsonReaderTest {

    private static final InputLimits LIMITS = InputLimits.STANDARD;

    static InputDocument read(String json) {
        return StrictJsonReader.read(json.getBytes(StandardCharsets.UTF_8), LIMITS);
    }

    /** As Funqy's bindings read it: through a parser with Jackson's default limits, from a stream. */
    static InputDocument readAsBindingsDo(String json) throws IOException {
        JsonParser parser = new JsonFactory().createParser(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        parser.nextToken();
        return StrictJsonReader.read(parser, LIMITS);
    }

    static InputViolation refusal(InputDocument document) {
        assertFalse(document.isReadable(), "refused");
        assertEquals(1, document.problems().size(), document.problems()::toString);
        return document.problems().get(0);
    }

    @Test
    void everyDuplicateKeyIsReportedAtItsPathAndTheFirstValueKept() {
        InputDocument document = read("{\"options\":{\"dryRun\":true,\"dryRun\":false},\"a\":[{\"b\":1,\"b\":2,\"b\":3}],"
                + "\"a\":0}");

        assertTrue(document.isReadable());
        assertEquals(List.of(new InputViolation("options.dryRun", "duplicate key"),
                new InputViolation("a[0].b", "duplicate key"), new InputViolation("a[0].b", "duplicate key"),
                new InputViolation("a", "duplicate key")), document.problems());
        assertTrue(document.tree().path("options").path("dryRun").booleanValue());
        assertEquals(1, document.tree().path("a").path(0).path("b").intValue());
    }

    @Test
    void aDocumentWithoutProblemsReadsAsItIs() throws IOException {
        String json = "{\"s\":\"x\",\"i\":-7,\"l\":12345678901,\"b\":123456789012345678901234567890,\"f\":1.5,"
                + "\"t\":true,\"n\":null,\"a\":[[],{}]}";
        InputDocument document = read(json);

        assertEquals(List.of(), document.problems());
        assertEquals(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json), document.tree());
        assertEquals(document.tree(), readAsBindingsDo(json).tree());
    }

    @Test
    void nestingIsLimitedTo32Levels() throws IOException {
        assertTrue(read("[".repeat(32) + "]".repeat(32)).isReadable());
        InputViolation tooDeep = refusal(read("{\"m\":" + "[".repeat(32) + "]".repeat(32) + "}"));
        assertEquals("m" + "[0]".repeat(31), tooDeep.path());
        assertEquals("nested deeper than the input limit of 32 levels", tooDeep.message());
        assertEquals("nested deeper than the input limit of 32 levels",
                refusal(readAsBindingsDo("[".repeat(100_000))).message());
        assertEquals("nested deeper than the input limit of 32 levels", refusal(read("[".repeat(100_000))).message());
    }

    @Test
    void numbersNamesAndStringsAreLimitedInLength() throws IOException {
        assertTrue(read("{\"w\":" + "9".repeat(32) + "}").isReadable());
        InputViolation longNumber = refusal(read("{\"w\":[1," + "9".repeat(1001) + "]}"));
        assertEquals("w[1]", longNumber.path());
        assertEquals("a number longer than the input limit of 32 characters", longNumber.message());
        assertEquals("w", refusal(read("{\"w\":1." + "5".repeat(40) + "}")).path());

        InputViolation longName = refusal(read("{\"o\":{\"" + "n".repeat(60_000) + "\":1}}"));
        assertEquals("o", longName.path());
        assertEquals("a field name longer than the input limit of 128 characters", longName.message());
        assertTrue(read("{\"" + "n".repeat(128) + "\":1}").isReadable());

        InputViolation longString = refusal(read("{\"s\":\"" + "x".repeat(16_385) + "\"}"));
        assertEquals("a string longer than the input limit of 16384 characters", longString.message());

        assertEquals("a number longer than the input limit", refusal(readAsBindingsDo("[" + "9".repeat(1001) + "]")).message());
        assertEquals("a field name longer than the input limit",
                refusal(readAsBindingsDo("{\"" + "n".repeat(60_000) + "\":1}")).message());
    }

    @Test
    void aListIsLimitedTo10000Items() {
        assertTrue(read("{\"m\":[" + "0,".repeat(9_999) + "0]}").isReadable());
        assertEquals(new InputViolation("m", "a list longer than the input limit of 10000 items"),
                refusal(read("{\"m\":[" + "0,".repeat(10_000) + "0]}")));
    }

    @Test
    void theDocumentIsLimitedTo1MiB() throws IOException {
        String large = "{\"s\":[" + ("\"" + "x".repeat(1000) + "\",").repeat(1100) + "\"\"]}";
        assertEquals(new InputViolation("$", "larger than the input limit of 1048576 bytes"), refusal(read(large)));
        assertEquals("larger than the input limit of 1048576 bytes", refusal(readAsBindingsDo(large)).message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "{\"a\":1,}", "{\"a\":1} {}", "{\"a\":1}x", "[1] [2]", "{'a':1}", "{\"a\":NaN}",
            "{\"a\":01}", "{/*c*/\"a\":1}", "{\"a\":\"\u0001\"}", "{\"a\":", "\"unterminated" })
    void anythingButOneStrictJsonValueIsMalformed(String body) {
        InputViolation malformed = refusal(read(body));
        assertEquals("$", malformed.path());
        assertTrue(malformed.message().startsWith("malformed JSON: "), malformed.message());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "", " ", "\r\n\t " })
    void anEmptyOrBlankDocumentIsRefusedAlike(String body) {
        assertEquals(new InputViolation("$", "the document is empty"), refusal(read(body)));
    }

    @Test
    void aBodyMustBeUtf8WithAnOptionalByteOrderMark() {
        byte[] latin1 = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(new InputViolation("$", "the body is not valid UTF-8 (at byte 12)"),
                refusal(StrictJsonReader.read(latin1, LIMITS)));
        assertEquals("malformed JSON", refusal(StrictJsonReader.read("{}".getBytes(StandardCharsets.UTF_16BE), LIMITS))
                .message().substring(0, 14));
        assertTrue(read("\uFEFF{\"a\":1}").isReadable());
    }
}
