package dev.nodebatch.functions;

import java.util.List;
import java.util.Locale;

/**
 * The one media type a function's body may be sent as: {@code application/json}, with no charset or
 * {@code charset=utf-8}. Not {@code text/plain} or a form type, which a browser sends cross-origin without asking
 * first; not {@code +json} types, which promise another document's semantics (merge patch, problem details, cloud
 * events). Stateless.
 */
final class JsonContentType {

    private static final int SHOWN_LENGTH = 100;

    private JsonContentType() {
    }

    /** What is wrong with the request's Content-Type header values, or null when there is exactly one and it is JSON. */
    static String problem(List<String> values) {
        String expected = "must be sent with Content-Type application/json (UTF-8)";
        if (values.isEmpty()) {
            return expected + ", was none";
        }
        if (values.size() > 1) {
            return expected + ", was given " + values.size() + " times";
        }
        String value = values.get(0);
        String[] parts = value.split(";");
        boolean json = parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json");
        for (int i = 1; i < parts.length && json; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset")) {
                json = parameter.length == 2 && parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8");
            }
        }
        return json ? null : expected + ", was " + shown(value);
    }

    private static String shown(String value) {
        return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "…";
    }
}
