package dev.nodebatch.batch;

import java.util.regex.Pattern;

/**
 * Where a value is in an input document, written as in the result's {@code errors}: {@code members[3].weight};
 * {@code $} is the document itself. A field name that is not a plain identifier is written quoted,
 * {@code options["dry run"]}, so that a name cannot pass for a path. Immutable.
 */
public final class InputPath {

    public static final InputPath ROOT = new InputPath(null, null, -1);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final InputPath parent;
    private final String field;
    private final int index;

    private InputPath(InputPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    public InputPath field(String name) {
        return new InputPath(this, name, -1);
    }

    public InputPath index(int position) {
        return new InputPath(this, null, position);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return InputViolation.ROOT;
        }
        StringBuilder path = new StringBuilder();
        appendTo(path);
        return path.toString();
    }

    private void appendTo(StringBuilder path) {
        if (parent == null) {
            return;
        }
        parent.appendTo(path);
        if (field == null) {
            path.append('[').append(index).append(']');
        } else if (!IDENTIFIER.matcher(field).matches()) {
            path.append('[').append(quoted(field)).append(']');
        } else {
            path.append(path.length() == 0 ? "" : ".").append(field);
        }
    }

    private static String quoted(String name) {
        StringBuilder quoted = new StringBuilder("\"");
        name.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (PlainText.isForbidden(c)) {
                for (char unit : Character.toChars(c)) {
                    quoted.append(String.format("\\u%04X", (int) unit));
                }
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }
}
