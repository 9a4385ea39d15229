package io.crmkit.shared;

import io.crmkit.internal.text.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One thing wrong with an input: where, what rule, and the values the message needs.
 *
 * @param path the field path, e.g. {@code details.name} or {@code contacts[1].phone}
 * @param code a stable machine-readable code, e.g. {@code required} or {@code phone.invalid}
 * @param arguments named values for the message, e.g. {@code max -> 200}; never {@code null}
 */
public record Violation(String path, String code, Map<String, Object> arguments) {

    /**
     * Checks and copies the components.
     *
     * @param path see {@link #path()}
     * @param code see {@link #code()}
     * @param arguments see {@link #arguments()}
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        arguments = Map.copyOf(arguments);
    }

    /**
     * A violation whose message needs no values.
     *
     * @param path the field path
     * @param code the code
     * @return the violation
     */
    public static Violation of(String path, String code) {
        return new Violation(path, code, Map.of());
    }

    /**
     * A violation whose message needs one value.
     *
     * @param path the field path
     * @param code the code
     * @param name the argument name used in the message
     * @param value its value
     * @return the violation
     */
    public static Violation of(String path, String code, String name, Object value) {
        return new Violation(path, code, Map.of(name, value));
    }

    /**
     * The human-readable message in a locale; English and Simplified Chinese are shipped.
     *
     * @param locale the locale
     * @return the message, never {@code null}
     */
    public String message(Locale locale) {
        return Messages.format(code, arguments, locale);
    }

    /**
     * This violation placed under a parent path, e.g. {@code phone} under {@code contacts[1]}.
     *
     * @param parent the parent path
     * @return the re-rooted violation
     */
    public Violation under(String parent) {
        return new Violation(path.isEmpty() ? parent : parent + "." + path, code, arguments);
    }
}
