package dev.nodebatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import dev.nodebatch.batch.InputBinder;
import dev.nodebatch.batch.InputDocument;
import dev.nodebatch.batch.InputLimits;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.PlainText;
import dev.nodebatch.batch.StrictJsonReader;
import dev.nodebatch.batch.Violations;
import dev.nodebatch.fuzz.HostileRequest;
import dev.nodebatch.fuzz.InputMutator;
import dev.nodebatch.huawei.elb.ElbMembersUpdateInput;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of reading and binding hostile input, in process and fast: the same {@link InputMutator} requests as
 * {@link HostileInputOverHttpTest}, five thousand per property. Run by the jqwik engine (named *Test for surefire).
 */
class HostileInputPropertiesTest {

    private static final JsonFactory BINDINGS_FACTORY = new JsonFactory();
    private final InputBinder binder = new InputBinder();

    @Provide
    Arbitrary<HostileRequest> requests() {
        return InputMutator.requests(ElbSeeds.DOCUMENTS);
    }

    @Property(tries = 5_000)
    void anyBodyIsReadAndBoundWithoutAnExceptionAndEveryPathIsPrintable(@ForAll("requests") HostileRequest request) {
        InputDocument document = StrictJsonReader.read(request.body(), InputLimits.STANDARD);
        Violations violations = new Violations();
        violations.addAll(document.problems());
        if (document.isReadable()) {
            binder.bind(document.tree(), ElbMembersUpdateInput.class, violations);
        } else {
            assertEquals(1, document.problems().size());
        }
        for (InputViolation violation : violations.toList()) {
            assertFalse(violation.message().isBlank());
            assertTrue(violation.path().equals("$") || violation.path().matches("([A-Za-z_\\[]).*"), violation.path());
            assertEquals(-1, PlainText.firstForbidden(violation.path()), "an escaped path: " + violation.path());
        }
    }

    /**
     * The HTTP binding's gate (and the Lambda binding) read the body's bytes; Funqy's HTTP binding then reads it again
     * through its own parser, which reads the first token before the reader gets it (and throws if it cannot).
     */
    @Property(tries = 5_000)
    void bothBindingsReadAUtf8BodyAlike(@ForAll("requests") HostileRequest request) throws IOException {
        if (!isUtf8(request.body())) {
            return;
        }
        InputDocument asBody = StrictJsonReader.read(request.body(), InputLimits.STANDARD);
        JsonParser parser = BINDINGS_FACTORY.createParser(new ByteArrayInputStream(request.body()));
        try {
            if (parser.nextToken() == null) {
                assertFalse(asBody.isReadable());
                return;
            }
        } catch (IOException e) {
            assertFalse(asBody.isReadable(), "read as a body, not as an event: " + e.getMessage());
            return;
        }
        InputDocument asEvent = StrictJsonReader.read(parser, InputLimits.STANDARD);

        if (asEvent.isReadable() && !asBody.isReadable() && asEvent.tree().isValueNode()) {
            // Jackson's byte parser takes one NUL byte after a one-digit root number for the end ("1\0"); such a
            // document is a number, which no function takes, so both bindings still refuse it
            assertTrue(isRefused(asEvent), "a root number is refused");
            return;
        }
        assertEquals(asBody.isReadable(), asEvent.isReadable(), () -> asBody.problems() + " / " + asEvent.problems());
        if (asBody.isReadable()) {
            assertEquals(asBody.tree(), asEvent.tree());
            assertEquals(asBody.problems(), asEvent.problems());
        }
    }

    @Example
    void aOneDigitRootNumberBeforeANulByteIsRefusedByBothBindings() throws IOException {
        byte[] body = {'1', 0};
        assertFalse(StrictJsonReader.read(body, InputLimits.STANDARD).isReadable());
        JsonParser parser = BINDINGS_FACTORY.createParser(new ByteArrayInputStream(body));
        parser.nextToken();
        assertTrue(isRefused(StrictJsonReader.read(parser, InputLimits.STANDARD)));
    }

    private boolean isRefused(InputDocument document) {
        Violations violations = new Violations();
        violations.addAll(document.problems());
        if (document.isReadable()) {
            binder.bind(document.tree(), ElbMembersUpdateInput.class, violations);
        }
        return !violations.isEmpty();
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
