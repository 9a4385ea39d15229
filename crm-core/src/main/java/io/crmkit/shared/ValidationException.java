package io.crmkit.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when an input breaks one or more rules. Lists every violation found, not only the
 * first, each with its field path, code and message.
 *
 * <p>Services throw it in the session's locale. The value factories and parsers at crmkit's
 * edge ({@code Money.of}, {@code TenantId.of}, {@code CustomerId.parse}, {@code PageRequest.first}
 * and the like) have no locale at hand: they throw it in English, and a caller renders the same
 * violations in another locale with {@link #message(Locale)} or {@link Violation#message(Locale)}.
 * Each factory names in its Javadoc the field path and the codes it reports.
 *
 * <p>A {@code null} argument is not bad input but a programming error: factories refuse it with a
 * {@link NullPointerException} whose message names the parameter, never with this exception.
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
     * Creates the exception for a caller that has no locale at hand, such as a value factory:
     * {@link #getMessage()} is in English; {@link #message(Locale)} renders it in another locale.
     *
     * @param violations every violation found; at least one
     */
    public ValidationException(List<Violation> violations) {
        this(violations, Locale.ENGLISH);
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
     * The message of {@link #getMessage()}, written in another locale.
     *
     * @param locale the locale; English and Simplified Chinese are shipped
     * @return every violation's path, message and code
     */
    public String message(Locale locale) {
        return describe(violations, locale);
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
