package dev.nodebatch.emulator.huawei.dcs;

import java.time.Instant;
import java.util.function.Predicate;

import dev.nodebatch.emulator.OffsetPage;
import dev.nodebatch.emulator.ProviderCall;

/** The paging and time-window query parameters of the DCS list operations. */
final class DcsQuery {

    // ListBackupRecords doc: limit 1..1000, default 10; ListBackgroundTask is taken to page the same way
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 1000;

    private DcsQuery() {
    }

    /** @throws DcsException DCS.4001 for an offset below 0 or a limit outside 1..1000 */
    static OffsetPage page(ProviderCall call) {
        return new OffsetPage(integer(call, "offset", 0, 0, Integer.MAX_VALUE),
                integer(call, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    /**
     * Whether a time lies within the window of two {@code yyyyMMddHHmmss} parameters (each bound optional, inclusive).
     *
     * @throws DcsException DCS.4001 for a time in another format
     */
    static Predicate<Instant> window(ProviderCall call, String beginName, String endName) {
        Instant begin = call.queryValue(beginName).map(value -> DcsTime.query(beginName, value)).orElse(Instant.MIN);
        Instant end = call.queryValue(endName).map(value -> DcsTime.query(endName, value)).orElse(Instant.MAX);
        return time -> !time.isBefore(begin) && !time.isAfter(end);
    }

    private static int integer(ProviderCall call, String name, int absent, int min, int max) {
        String value = call.queryValue(name).orElse(null);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range value
        }
        throw DcsException.invalid(name + " " + value + " is not an integer within [" + min + ", " + max + "]");
    }
}
