package dev.nodebatch.batch;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The {@code maxErrors} option: a number of targets ({@code 3}) or a percentage of all targets
 * ({@code "10%"}). Once more targets than that have failed, no new call starts. A percentage is rounded
 * down: 10% of 15 targets allows 1 failure.
 */
@RegisterForReflection
public final class ErrorBudget {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)%");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    private final String text;
    private final BigDecimal percent;
    private final int count;

    private ErrorBudget(String text, BigDecimal percent, int count) {
        this.text = text;
        this.percent = percent;
        this.count = count;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ErrorBudget parse(JsonNode value) {
        if (value.isInt() && value.intValue() >= 0) {
            return new ErrorBudget(value.asText(), null, value.intValue());
        }
        String text = value.isTextual() ? value.textValue().trim() : "";
        if (COUNT.matcher(text).matches()) {
            return new ErrorBudget(text, null, Integer.parseInt(text));
        }
        Matcher percentage = PERCENT.matcher(text);
        if (percentage.matches() && new BigDecimal(percentage.group(1)).compareTo(BigDecimal.valueOf(100)) <= 0) {
            return new ErrorBudget(text, new BigDecimal(percentage.group(1)), 0);
        }
        throw new IllegalArgumentException("must be a whole number >= 0 or a percentage from 0% to 100%, was " + value);
    }

    /** How many failed targets are tolerated in a batch of {@code total}. */
    public int allowedFailures(int total) {
        if (percent == null) {
            return count;
        }
        return percent.multiply(BigDecimal.valueOf(total)).divideToIntegralValue(BigDecimal.valueOf(100)).intValue();
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
