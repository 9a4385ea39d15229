package io.crmkit.segment;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a saved segment within its tenant.
 *
 * @param value the UUID
 */
public record SegmentId(UUID value) {

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public SegmentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
