package dev.nodebatch.huawei.geminidb;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The GaussDB NoSQL v3 query time: {@code yyyy-mm-ddThh:mm:ss} and a zone offset, e.g. {@code 2021-07-12T09:22:04+0800}. */
final class GeminiDbTimes {

    private static final DateTimeFormatter QUERY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx", Locale.ROOT).withZone(ZoneOffset.UTC);

    private GeminiDbTimes() {
    }

    static String query(Instant instant) {
        return QUERY.format(instant);
    }
}
