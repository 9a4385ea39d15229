package io.crmkit.interaction;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a logged interaction within its tenant.
 *
 * @param value the UUID
 */
public record InteractionId(UUID value) {

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public InteractionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
