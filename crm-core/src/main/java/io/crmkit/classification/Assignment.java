package io.crmkit.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * The value a classification or the value assessment gives one customer in one dimension.
 *
 * @param dimension the tag dimension
 * @param value the value, or empty when the dimension is to be cleared
 * @param note what the value means (the rule's note or the group's treatment)
 */
public record Assignment(String dimension, Optional<String> value, String note) {

    /**
     * Checks the components.
     *
     * @param dimension see {@link #dimension()}
     * @param value see {@link #value()}
     * @param note see {@link #note()}
     */
    public Assignment {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
    }
}
