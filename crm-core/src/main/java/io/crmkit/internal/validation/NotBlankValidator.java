package io.crmkit.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code @NotBlank} as every other blank check of crmkit reads it: {@link String#isBlank()},
 * so a text of only Unicode white space (the ideographic space U+3000 that Chinese input
 * methods type, an em space) is blank. Hibernate Validator's own validator trims only
 * characters up to U+0020 and would let such a text through as a name or a reason.
 */
public final class NotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {

    /** Created by the validation provider. */
    public NotBlankValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value != null && !value.toString().isBlank();
    }
}
