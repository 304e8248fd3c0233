package dev.nodebatch.batch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The {@code maxErrors} option: a number of targets ({@code 3}) or a whole percentage of all targets
 * ({@code "10%"}). Once more targets than that have failed, no new call starts. A percentage is rounded down:
 * 10% of 15 targets allows 1 failure. Nothing else is accepted: no fractions, no count written as a string, no
 * blanks, no leading zeros. Immutable.
 */
@RegisterForReflection
public final class ErrorBudget {

    private static final Pattern PERCENT = Pattern.compile("(0|[1-9][0-9]?|100)%");
    private static final int SHOWN_LENGTH = 40;

    private final String text;
    private final boolean percentage;
    private final int value;

    private ErrorBudget(String text, boolean percentage, int value) {
        this.text = text;
        this.percentage = percentage;
        this.value = value;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ErrorBudget parse(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0) {
            return new ErrorBudget(value.asText(), false, value.intValue());
        }
        Matcher percent = value.isTextual() ? PERCENT.matcher(value.textValue()) : null;
        if (percent != null && percent.matches()) {
            return new ErrorBudget(value.textValue(), true, Integer.parseInt(percent.group(1)));
        }
        String shown = value.isValueNode() && value.toString().length() <= SHOWN_LENGTH ? ", was " + value : "";
        throw new IllegalArgumentException(
                "must be a whole number >= 0 (3) or a whole percentage from 0% to 100% (\"10%\")" + shown);
    }

    /** How many failed targets are tolerated in a batch of {@code total}. */
    public int allowedFailures(int total) {
        return percentage ? (int) ((long) value * total / 100) : value;
    }

    @JsonValue
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
