package dev.nodebatch.emulator.huawei.dcs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The time formats of the DCS v2 API and of the fleet document's DCS slice. */
final class DcsTime {

    /** Answers' timestamps, e.g. {@code 2020-06-17T07:38:42.503Z} (always UTC, always milliseconds). */
    private static final DateTimeFormatter ANSWER =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** Query parameters' times, e.g. {@code 20200609160000} (UTC). */
    private static final DateTimeFormatter QUERY = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private DcsTime() {
    }

    static String answer(Instant instant) {
        return ANSWER.format(instant);
    }

    /** @throws DcsException DCS.4001 when the value is not {@code yyyyMMddHHmmss} */
    static Instant query(String name, String value) {
        try {
            return LocalDateTime.parse(value, QUERY).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw DcsException.invalid(name + " " + value + " is not a UTC time in the format yyyyMMddHHmmss");
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
