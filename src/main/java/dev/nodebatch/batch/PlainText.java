package dev.nodebatch.batch;

/**
 * The rule for every string in an input: no control characters (C0, DEL, C1: NUL, ESC, CR, LF, TAB, …), no invisible
 * formatting characters (Unicode category Cf: bidirectional overrides such as U+202E, zero-width spaces and
 * joiners, U+FEFF), no line or paragraph separators, no unpaired surrogates. Such characters make a name display as
 * something else in a console, a log line or a terminal, and no real name needs them. Stateless.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The index of the first forbidden character in {@code text}, or -1. */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isForbidden(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    public static boolean isForbidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** The violation message for {@code text}, which has a forbidden character at {@code index}. */
    static String describe(String text, int index) {
        return String.format("must not contain control or invisible formatting characters (U+%04X at index %d)",
                text.codePointAt(index), index);
    }
}
