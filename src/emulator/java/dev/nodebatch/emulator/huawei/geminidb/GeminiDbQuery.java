package dev.nodebatch.emulator.huawei.geminidb;

import java.util.Optional;

import dev.nodebatch.emulator.OffsetPage;
import dev.nodebatch.emulator.ProviderCall;

/** The query of {@code ListInstances}, and the integer parameters of the GeminiDB list operations. */
record GeminiDbQuery(Optional<String> id, Optional<String> name, Optional<String> mode, Optional<String> datastoreType,
        OffsetPage page) {

    // ListInstancesRequest javadoc: limit 1..100, default 100
    static final int MAX_LIMIT = 100;

    /** @throws GeminiDbException DBS.200001 for an offset below 0 or a limit outside 1..100 */
    static GeminiDbQuery of(ProviderCall call) {
        return new GeminiDbQuery(call.queryValue("id"), call.queryValue("name"), call.queryValue("mode"),
                call.queryValue("datastore_type"), new OffsetPage(integer(call, "offset", 0, 0, Integer.MAX_VALUE),
                        integer(call, "limit", MAX_LIMIT, 1, MAX_LIMIT)));
    }

    boolean matches(GeminiDbInstance instance) {
        return id.map(wanted -> like(wanted, instance.id())).orElse(true)
                && name.map(wanted -> like(wanted, instance.name())).orElse(true)
                && mode.map(instance.mode()::equals).orElse(true)
                && datastoreType.map(instance.datastoreType()::equals).orElse(true);
    }

    /** ListInstancesRequest javadoc: a value starting with "*" matches fuzzily on what follows it, any other exactly. */
    private static boolean like(String wanted, String value) {
        return wanted.startsWith("*") ? value.contains(wanted.substring(1)) : value.equals(wanted);
    }

    static int integer(ProviderCall call, String name, int absent, int min, int max) {
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
        throw GeminiDbException.parameter(name + " " + value + " is not an integer within [" + min + ", " + max + "]");
    }
}
