package io.crmkit.followup;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a follow-up task within its tenant.
 *
 * @param value the UUID
 */
public record FollowUpId(UUID value) {

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public FollowUpId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID in canonical text form
     * @return the id
     */
    public static FollowUpId parse(String text) {
        return new FollowUpId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
