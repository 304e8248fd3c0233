package dev.nodebatch.batch;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link LowerCaseUuid}; a null value is left to {@code @NotNull}. Thread-safe. */
public class LowerCaseUuidValidator implements ConstraintValidator<LowerCaseUuid, CharSequence> {

    private static final int LENGTH = 36;

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isLowerCaseUuid(value);
    }

    static boolean isLowerCaseUuid(CharSequence value) {
        if (value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
