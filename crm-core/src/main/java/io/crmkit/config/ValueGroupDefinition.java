package io.crmkit.config;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value group: the customers whose score reaches {@code minScore} (and no higher group's).
 *
 * @param value the tag value, e.g. {@code high_value}
 * @param minScore the lowest score of the group, 0 to 100
 * @param treatment what the host should do for such customers, e.g. "assign a dedicated
 *     account manager"; carried in the event when a customer enters the group
 */
public record ValueGroupDefinition(String value, BigDecimal minScore, String treatment) {

    /**
     * Checks the components.
     *
     * @param value see {@link #value()}
     * @param minScore see {@link #minScore()}
     * @param treatment see {@link #treatment()}
     */
    public ValueGroupDefinition {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(minScore, "minScore");
        Objects.requireNonNull(treatment, "treatment");
    }
}
