package io.crmkit.shared;

import java.util.Objects;

/**
 * A user of the host application, as the host identifies it (crmkit keeps no user table).
 *
 * @param value 1 to 128 characters, not blank
 */
public record UserId(String value) {

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public UserId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException("user id must be 1-128 characters and not blank");
        }
    }

    /**
     * Creates a user id.
     *
     * @param value the host's id for the user
     * @return the user id
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
