package dev.nodebatch.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A request a careless or hostile client could send to a function: a body that need not be JSON, nor UTF-8, and a
 * Content-Type that need not be JSON (null: none). {@code mutations} says how it was made from its seed.
 */
public record HostileRequest(String contentType, byte[] body, List<String> mutations) {

    private static final int SHOWN = 600;

    @Override
    public String toString() {
        String text = new String(body, StandardCharsets.UTF_8);
        String shown = text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + body.length + " bytes)";
        return "Content-Type " + contentType + ", " + mutations + ", body " + escaped(shown);
    }

    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c) == Character.FORMAT) {
                escaped.append(String.format("\\u%04X", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
