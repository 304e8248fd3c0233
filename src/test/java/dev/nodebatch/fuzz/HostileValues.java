package dev.nodebatch.fuzz;

import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Values and field names that break naive input handling, for any function: type confusion, numbers as strings,
 * edge and out-of-range numbers, injection-looking and path-traversal strings, control and invisible characters,
 * other scripts, long strings, and raw JSON a tree cannot hold (numbers of a thousand digits, 1e400).
 */
final class HostileValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> STRINGS = List.of("", " ", "null", "true", "10", " 5 ", "1e3", "-1", "NaN", "10%",
            "10.5%", "101%", "../", "..%2f..%2f", "%2e%2e/%2e%2e", "?x=1", "#frag", "a/b", "a b", "a\r\nX-Injected: 1",
            "\u0000", "x\u0000y", "\u001b[31mred", "\u202eevil", "\u200b", "\u2066x\u2069", "\ufeff", "\u0085",
            "\ud800", "caf\u00e9", "\u65e5\u672c", "\ud83d\ude80", "\u0130", "$(id)", "'; DROP TABLE members;--",
            "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x/a}", "61DA8098-0C2F-4E1A-9D55-1F0E8A7B6C01",
            "61da8098-0c2f-4e1a-9d55-1f0e8a7b6c01", "00000000-0000-4000-8000-000000000404",
            "0123456789abcdef0123456789abcdef", "eu-west-101", "cn-north-4", "eu-de", "localhost:8089",
            "evil.example.com/x", "huaweicloud", "otc", "HUAWEICLOUD");
    static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "10", "100", "101", "255", "256", "65535",
            "65536", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1.5", "10.0", "1e2", "1E-2",
            "0.0000001", "1e400", "-1e400", "12345678901234567890123456789012", "123456789012345678901234567890123");
    static final List<String> NAMES = List.of("id", "weight", "name", "protocolPort", "adminStateUp", "dryRun",
            "maxErrors", "maxConcurrency", "members", "options", "region", "projectId", "poolId", "cloud", "Weight",
            "WEIGHT", "weight ", " weight", "we\u0131ght", "dry.Run", "a\"b", "", "__proto__", "constructor",
            "\u001b", "\u202eid", "tags", "$", "[0]", "members[0]");

    private HostileValues() {
    }

    static JsonNode value(Random random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> NODES.textNode(pick(STRINGS, random));
            case 3 -> NODES.textNode(longString(random));
            case 4 -> raw(pick(NUMBERS, random));
            case 5 -> raw(random.nextInt(10) == 0 ? "9".repeat(1001) : pick(NUMBERS, random));
            case 6 -> random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.nullNode();
            case 7 -> NODES.arrayNode().add(value(random)).add(value(random));
            case 8 -> NODES.objectNode().set(name(random), value(random));
            default -> random.nextBoolean() ? NODES.arrayNode() : NODES.objectNode();
        };
    }

    static String name(Random random) {
        return random.nextInt(10) == 0 ? "n".repeat(1 + random.nextInt(300)) : pick(NAMES, random);
    }

    /** Mostly short; now and then over a name's 255 characters or the 16,384-character input limit. */
    static String longString(Random random) {
        int length = switch (random.nextInt(4)) {
            case 0 -> 256;
            case 1 -> 16_385;
            default -> 1 + random.nextInt(300);
        };
        return "x".repeat(length);
    }

    /** Raw JSON text, written into the document as it is. */
    static JsonNode raw(String json) {
        return new POJONode(new RawValue(json));
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
