package dev.nodebatch.emulator.huawei.geminidb;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The time formats of the GaussDB NoSQL v3 API and of the fleet document's GeminiDB slice. */
final class GeminiDbTime {

    /**
     * The API's {@code yyyy-mm-ddThh:mm:ssZ}, where Z is the zone offset, e.g. {@code 2021-07-12T09:22:04+0800}.
     * Parsing also takes a literal {@code Z} for UTC; answers are in UTC ({@code +0000}).
     */
    private static final DateTimeFormatter API = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXX", Locale.ROOT);
    private static final DateTimeFormatter ANSWER =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx", Locale.ROOT).withZone(ZoneOffset.UTC);

    private GeminiDbTime() {
    }

    static String answer(Instant instant) {
        return ANSWER.format(instant);
    }

    /** @throws GeminiDbException DBS.200001 when the value is not in the API's format */
    static Instant query(String name, String value) {
        try {
            return OffsetDateTime.parse(value, API).toInstant();
        } catch (DateTimeParseException e) {
            throw GeminiDbException.parameter(name + " " + value + " is not a time such as 2026-01-05T08:00:00+0000");
        }
    }

    /** A fleet document's timestamp, an ISO-8601 instant such as {@code 2026-01-05T08:00:00Z}. */
    static Instant fleet(String what, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " " + value + " is not an ISO-8601 instant such as 2026-01-05T08:00:00Z");
        }
    }
}
