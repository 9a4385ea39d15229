package io.crmkit.internal.validation;

import io.crmkit.shared.Violation;
import java.util.Optional;

/**
 * The rule every change command's expected version follows: stored records start at version 1
 * and only count up, so a lower expected version can never match and is refused as input
 * rather than reported as a conflict.
 */
public final class VersionRules {
    private VersionRules() {
    }

    /**
     * Checks the version a change is based on.
     *
     * @param expectedVersion the version the caller read
     * @return a violation at {@code expectedVersion} with code {@code version.invalid}, or empty
     *     if the version is 1 or more
     */
    public static Optional<Violation> check(long expectedVersion) {
        return expectedVersion < 1 ? Optional.of(Violation.of("expectedVersion", "version.invalid")) : Optional.empty();
    }
}
