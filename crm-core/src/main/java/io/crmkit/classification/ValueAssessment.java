package io.crmkit.classification;

import io.crmkit.config.ValueFactor;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A customer's value score and group.
 *
 * @param score 0 to 100, two decimals
 * @param group the value group's tag value, e.g. {@code high_value}
 * @param treatment what the host should do for the group
 * @param factors each factor's score 0 to 100 (weighted method: amount, frequency, margin, tenure,
 *     growth; RFM: recency as TENURE's slot is not used, see {@link io.crmkit.config.ScoringMethod})
 */
public record ValueAssessment(BigDecimal score, String group, String treatment, Map<ValueFactor, BigDecimal> factors) {

    /**
     * Checks and copies the components.
     *
     * @param score see {@link #score()}
     * @param group see {@link #group()}
     * @param treatment see {@link #treatment()}
     * @param factors see {@link #factors()}
     */
    public ValueAssessment {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(treatment, "treatment");
        factors = Map.copyOf(factors);
    }
}
