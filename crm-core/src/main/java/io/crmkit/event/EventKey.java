package io.crmkit.event;

import java.util.Objects;

/**
 * One id an event's payload starts with, e.g. {@code "customerId"} and the customer's id.
 *
 * @param name the payload field
 * @param value the id as text
 */
public record EventKey(String name, String value) {

    /**
     * Checks the components.
     *
     * @param name see {@link #name()}
     * @param value see {@link #value()}
     */
    public EventKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /**
     * A key from any id.
     *
     * @param name see {@link #name()}
     * @param id the id; its text form is the value
     * @return the key
     */
    public static EventKey of(String name, Object id) {
        return new EventKey(name, id.toString());
    }
}
