package io.crmkit.customer;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a contact person of a customer.
 *
 * @param value the UUID
 */
public record ContactId(UUID value) {

    /**
     * Checks the value.
     *
     * @param value see {@link #value()}
     */
    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID in canonical text form
     * @return the id
     */
    public static ContactId parse(String text) {
        return new ContactId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
