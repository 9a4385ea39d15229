package io.crmkit.customer;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a customer within its tenant.
 *
 * <p>Ordered by the canonical text form, which equals the unsigned byte order databases use
 * for UUIDs, so keyset paging orders ids the same way in memory and in SQL.
 *
 * @param value the UUID
 */
public record CustomerId(UUID value) implements Comparable<CustomerId> {

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID in canonical text form
     * @return the id
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static CustomerId parse(String text) {
        return new CustomerId(UUID.fromString(text));
    }

    @Override
    public int compareTo(CustomerId other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
