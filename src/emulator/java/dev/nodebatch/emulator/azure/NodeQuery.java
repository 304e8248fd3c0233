package dev.nodebatch.emulator.azure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.nodebatch.emulator.ProviderCall;

/**
 * The OData query options of the node reads: {@code api-version} (required), {@code $select}, {@code $filter}
 * (only on state: {@code state eq 'idle'} terms joined by {@code or}, parentheses allowed), {@code maxresults}
 * (1 to 1000, default 1000) and {@code $skiptoken} (from an earlier page's {@code odata.nextLink}).
 */
final class NodeQuery {

    static final int MAX_RESULTS = 1000;
    private static final Pattern API_VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.\\d+\\.\\d+");
    private static final Pattern STATE_TERM = Pattern.compile("\\(?\\s*state\\s+eq\\s+'([a-z]+)'\\s*\\)?");

    private NodeQuery() {
    }

    /** @throws BatchException when api-version is missing or malformed */
    static String apiVersion(ProviderCall call) {
        String version = call.queryValue("api-version")
                .orElseThrow(() -> BatchException.missingQueryParameter("api-version"));
        if (!API_VERSION.matcher(version).matches()) {
            throw BatchException.invalidQueryParameter("api-version", version, "The api-version is not supported.");
        }
        return version;
    }

    /** The selected properties; empty for all. */
    static Set<String> select(ProviderCall call) {
        Set<String> fields = new LinkedHashSet<>();
        call.queryValue("$select").ifPresent(select -> {
            for (String field : select.split(",")) {
                if (!field.isBlank()) {
                    fields.add(field.trim());
                }
            }
        });
        return fields;
    }

    static Predicate<EmulatedNode> filter(ProviderCall call) {
        Optional<String> filter = call.queryValue("$filter").filter(value -> !value.isBlank());
        if (filter.isEmpty()) {
            return node -> true;
        }
        Set<String> states = new LinkedHashSet<>();
        for (String term : filter.get().trim().split("\\s+or\\s+")) {
            Matcher matcher = STATE_TERM.matcher(term.trim());
            if (!matcher.matches()) {
                throw BatchException.invalidQueryParameter("$filter", filter.get(),
                        "The emulator filters nodes on state only, e.g. state eq 'idle'.");
            }
            states.add(matcher.group(1));
        }
        return node -> states.contains(node.state());
    }

    static int maxResults(ProviderCall call) {
        String value = call.queryValue("maxresults").orElse(Integer.toString(MAX_RESULTS));
        try {
            int max = Integer.parseInt(value);
            if (max >= 1 && max <= MAX_RESULTS) {
                return max;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw BatchException.invalidQueryParameter("maxresults", value, "maxresults must be from 1 to 1000.");
    }

    static int skip(ProviderCall call) {
        String value = call.queryValue("$skiptoken").orElse("0");
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw BatchException.invalidQueryParameter("$skiptoken", value, "The skip token is not one this service issued.");
        }
    }

    static <T> List<T> page(List<T> all, int skip, int max) {
        return all.subList(Math.min(skip, all.size()), Math.min(all.size(), skip + max));
    }
}
