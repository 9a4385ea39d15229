package io.crmkit.shared;

import java.util.List;
import java.util.Objects;

/**
 * A user of the host application, as the host identifies it (crmkit keeps no user table).
 *
 * @param value 1 to 128 characters, not blank
 */
public record UserId(String value) {
    private static final int MAX_LENGTH = 128;
    private static final String PATH = "userId";

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     * @throws ValidationException at {@code userId} with code {@code blank} if the value is blank,
     *     or {@code size.max} (argument {@code max}) if it is longer than 128
     *     characters
     */
    public UserId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new ValidationException(List.of(Violation.of(PATH, "blank")));
        }
        if (value.length() > MAX_LENGTH) {
            throw new ValidationException(List.of(Violation.of(PATH, "size.max", "max", MAX_LENGTH)));
        }
    }

    /**
     * Creates a user id.
     *
     * @param value the host's id for the user
     * @return the user id
     * @throws ValidationException as the {@linkplain #UserId(String) constructor} does
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
