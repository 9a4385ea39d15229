package io.crmkit.plan;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an interaction plan within its tenant.
 *
 * @param value the UUID
 */
public record InteractionPlanId(UUID value) {

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public InteractionPlanId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
