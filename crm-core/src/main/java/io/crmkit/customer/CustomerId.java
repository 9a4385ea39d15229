package io.crmkit.customer;

import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifies a customer within its tenant.
 *
 * <p>Ordered by the canonical text form, which equals the unsigned byte order databases use
 * for UUIDs, so keyset paging orders ids the same way in memory and in SQL.
 *
 * @param value the UUID
 */
public record CustomerId(UUID value) implements Comparable<CustomerId> {
    private static final Pattern TEXT_FORM = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID in text form: 32 hexadecimal digits grouped 8-4-4-4-12 by {@code -}, in
     *     either case, e.g. {@code 0190f1a2-3b4c-7d5e-8f60-718293a4b5c6}
     * @return the id
     * @throws ValidationException at {@code customerId} with code {@code id.invalid} if the text is not
     *     a UUID in that form
     */
    public static CustomerId parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!TEXT_FORM.matcher(text).matches()) {
            throw new ValidationException(List.of(Violation.of("customerId", "id.invalid")));
        }
        return new CustomerId(UUID.fromString(text));
    }

    @Override
    public int compareTo(CustomerId other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
