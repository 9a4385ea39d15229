package io.crmkit.internal.validation;

import io.crmkit.shared.TextRules;
import io.crmkit.shared.Violation;
import java.util.Optional;

/**
 * The rules a reference to a record crmkit does not own yet follows (an opportunity, a ticket):
 * an opaque text of 1 to {@value #MAX_LENGTH} characters that storage can keep as written. The
 * same rules hold wherever such a reference is accepted, so a reference taken by one feature is
 * never refused by another.
 */
public final class ReferenceRules {
    /** The longest reference, in UTF-16 characters (the width of its storage column). */
    public static final int MAX_LENGTH = 64;

    private ReferenceRules() {
    }

    /**
     * Checks an optional reference.
     *
     * @param path the field path to name
     * @param reference the reference, or empty when there is none (which is always allowed)
     * @return a violation with code {@code blank}, {@code size.max} (argument {@code max}) or
     *     {@code characters.invalid}; empty if the reference is absent or valid
     */
    public static Optional<Violation> check(String path, Optional<String> reference) {
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        String value = reference.get();
        if (value.isBlank()) {
            return Optional.of(Violation.of(path, "blank"));
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of(Violation.of(path, "size.max", "max", MAX_LENGTH));
        }
        return TextRules.check(path, value);
    }
}
