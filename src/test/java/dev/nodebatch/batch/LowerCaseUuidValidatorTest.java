package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LowerCaseUuidValidatorTest {

    /** The expression the constraint replaces. */
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final LowerCaseUuidValidator validator = new LowerCaseUuidValidator();

    @Property(tries = 5000)
    void acceptsExactlyWhatTheRegularExpressionAccepts(@ForAll("nearlyUuids") String value) {
        assertEquals(UUID.matcher(value).matches(), validator.isValid(value, null), value);
    }

    @Property(tries = 200)
    void acceptsEveryLowerCaseUuid(@ForAll("uuids") String value) {
        assertTrue(validator.isValid(value, null));
    }

    @Property(tries = 1)
    void leavesAMissingValueToNotNull() {
        assertTrue(validator.isValid(null, null));
    }

    @Provide
    Arbitrary<String> uuids() {
        return Arbitraries.create(java.util.UUID::randomUUID).map(java.util.UUID::toString);
    }

    /** UUIDs with a character changed, added or removed, and short strings of the characters that matter. */
    @Provide
    Arbitrary<String> nearlyUuids() {
        Arbitrary<Character> near = Arbitraries.of('0', '9', 'a', 'f', 'g', 'A', 'F', '-', '/', ':', '`', ' ', '\u0660');
        Arbitrary<String> changed = Arbitraries.integers().between(0, 35).flatMap(at -> near.flatMap(c -> uuids()
                .map(uuid -> uuid.substring(0, at) + c + uuid.substring(at + 1))));
        Arbitrary<String> longer = uuids().flatMap(uuid -> near.map(c -> uuid + c));
        Arbitrary<String> shorter = uuids().map(uuid -> uuid.substring(1));
        Arbitrary<String> few = near.list().ofMaxSize(40).map(chars -> chars.stream().map(String::valueOf)
                .reduce("", String::concat));
        return Arbitraries.oneOf(changed, longer, shorter, few, uuids());
    }
}
