package io.crmkit.followup;

import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifies a follow-up task within its tenant.
 *
 * @param value the UUID
 */
public record FollowUpId(UUID value) {
    private static final Pattern TEXT_FORM = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public FollowUpId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID in text form: 32 hexadecimal digits grouped 8-4-4-4-12 by {@code -}, in
     *     either case, e.g. {@code 0190f1a2-3b4c-7d5e-8f60-718293a4b5c6}
     * @return the id
     * @throws ValidationException at {@code followUpId} with code {@code id.invalid} if the text is not
     *     a UUID in that form
     */
    public static FollowUpId parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!TEXT_FORM.matcher(text).matches()) {
            throw new ValidationException(List.of(Violation.of("followUpId", "id.invalid")));
        }
        return new FollowUpId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
