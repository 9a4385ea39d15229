package io.crmkit.access;

import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import java.util.List;
import java.util.Objects;

/**
 * A team of the host's organisation, as the host identifies it (crmkit keeps no team table;
 * the host's {@link OrgDirectory} knows the members).
 *
 * @param value 1 to 128 characters, not blank
 */
public record TeamId(String value) {
    private static final int MAX_LENGTH = 128;
    private static final String PATH = "teamId";

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     * @throws ValidationException at {@code teamId} with code {@code blank} if the value is blank,
     *     or {@code size.max} (argument {@code max}) if it is longer than 128
     *     characters
     */
    public TeamId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new ValidationException(List.of(Violation.of(PATH, "blank")));
        }
        if (value.length() > MAX_LENGTH) {
            throw new ValidationException(List.of(Violation.of(PATH, "size.max", "max", MAX_LENGTH)));
        }
    }

    /**
     * Creates a team id.
     *
     * @param value the host's id for the team
     * @return the team id
     * @throws ValidationException as the {@linkplain #TeamId(String) constructor} does
     */
    public static TeamId of(String value) {
        return new TeamId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
