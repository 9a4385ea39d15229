package io.crmkit.classification;

import io.crmkit.customer.CustomerId;
import java.util.Objects;
import java.util.Optional;

/**
 * One tag a reclassification changed.
 *
 * @param customer the customer
 * @param dimension the tag dimension
 * @param from the value before, if any
 * @param to the value now, if any
 * @param note what the new value means (rule note or value group treatment)
 */
public record ClassificationChange(CustomerId customer, String dimension, Optional<String> from, Optional<String> to,
                                   String note) {

    /**
     * Checks the components.
     *
     * @param customer see {@link #customer()}
     * @param dimension see {@link #dimension()}
     * @param from see {@link #from()}
     * @param to see {@link #to()}
     * @param note see {@link #note()}
     */
    public ClassificationChange {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(note, "note");
    }
}
