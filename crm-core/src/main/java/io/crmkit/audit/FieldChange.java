package io.crmkit.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One field's value before and after a change, as display text.
 *
 * @param field the field path, e.g. {@code details.region} or {@code contacts[3f2a…].phone}
 * @param before the old value, empty if the field had none
 * @param after the new value, empty if the field has none now
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

    /**
     * Checks the components.
     *
     * @param field see {@link #field()}
     * @param before see {@link #before()}
     * @param after see {@link #after()}
     */
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
