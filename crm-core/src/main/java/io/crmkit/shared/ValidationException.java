package io.crmkit.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when an input breaks one or more rules. Lists every violation found, not only the
 * first, each with its field path, code and message.
 */
public final class ValidationException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;
    private final Locale locale;

    /**
     * Creates the exception.
     *
     * @param violations every violation found; at least one
     * @param locale the locale of {@link #getMessage()}
     */
    public ValidationException(List<Violation> violations, Locale locale) {
        super(describe(violations, locale));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
        this.locale = locale;
    }

    /**
     * Throws if there is anything in the list.
     *
     * @param violations the violations found
     * @param locale the message locale
     * @throws ValidationException if {@code violations} is not empty
     */
    public static void throwIfAny(List<Violation> violations, Locale locale) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations, locale);
        }
    }

    /** {@return every violation, in the order found; never empty} */
    public List<Violation> violations() {
        return violations;
    }

    /** {@return the locale the message was written in} */
    public Locale locale() {
        return locale;
    }

    /**
     * The paths of all violations, handy for assertions and for highlighting form fields.
     *
     * @return the paths, in the order found
     */
    public List<String> paths() {
        return violations.stream().map(Violation::path).collect(Collectors.toList());
    }

    private static String describe(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(v -> v.path() + ": " + v.message(locale) + " [" + v.code() + "]")
                .collect(Collectors.joining("; ", "invalid input: ", ""));
    }
}
