package io.crmkit.access;

import java.util.Objects;

/**
 * A team of the host's organisation, as the host identifies it (crmkit keeps no team table;
 * the host's {@link OrgDirectory} knows the members).
 *
 * @param value 1 to 128 characters, not blank
 */
public record TeamId(String value) {

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public TeamId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException("team id must be 1-128 characters and not blank");
        }
    }

    /**
     * Creates a team id.
     *
     * @param value the host's id for the team
     * @return the team id
     */
    public static TeamId of(String value) {
        return new TeamId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
