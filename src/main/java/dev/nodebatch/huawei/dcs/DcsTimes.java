package dev.nodebatch.huawei.dcs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** The DCS v2 time formats: queries take UTC {@code yyyyMMddHHmmss}, answers give ISO-8601 or epoch milliseconds. */
final class DcsTimes {

    private static final DateTimeFormatter QUERY =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private DcsTimes() {
    }

    static String query(Instant instant) {
        return QUERY.format(instant);
    }

    /** An answer's timestamp such as {@code 2019-05-10T08:31:16.166Z}; empty when it has another form. */
    static Optional<Instant> answered(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A job's epoch-milliseconds string as an ISO-8601 instant; empty when it is no number. */
    static Optional<String> epochMillis(String text) {
        try {
            return text == null ? Optional.empty()
                    : Optional.of(Instant.ofEpochMilli(Long.parseLong(text.trim())).toString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
