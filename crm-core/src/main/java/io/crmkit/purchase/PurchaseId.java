package io.crmkit.purchase;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a recorded purchase within its tenant (the host's own key is the order reference).
 *
 * @param value the UUID
 */
public record PurchaseId(UUID value) {

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public PurchaseId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
