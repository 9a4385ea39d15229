package io.crmkit.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How customers are scored by value and grouped (high value, potential, normal, low value).
 *
 * @param dimension the single-valued tag dimension the group is written to
 * @param window the purchase window the figures cover, in the rule language's form (e.g. {@code 12 months})
 * @param method weighted factors or RFM quintiles
 * @param weights for {@link ScoringMethod#WEIGHTED}: each factor's weight (not negative, not all zero)
 * @param fullScoreAt for {@link ScoringMethod#WEIGHTED}: the figure at which a factor scores 100
 *     (amounts in the deployment's currency, tenure in days, growth in per cent)
 * @param groups the groups, highest {@code minScore} first; the last one's minimum is 0
 */
public record ValueAssessmentSettings(String dimension, String window, ScoringMethod method,
                                      Map<ValueFactor, BigDecimal> weights, Map<ValueFactor, BigDecimal> fullScoreAt,
                                      List<ValueGroupDefinition> groups) {

    /**
     * Checks and copies the components.
     *
     * @param dimension see {@link #dimension()}
     * @param window see {@link #window()}
     * @param method see {@link #method()}
     * @param weights see {@link #weights()}
     * @param fullScoreAt see {@link #fullScoreAt()}
     * @param groups see {@link #groups()}
     */
    public ValueAssessmentSettings {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(method, "method");
        weights = Map.copyOf(weights);
        fullScoreAt = Map.copyOf(fullScoreAt);
        groups = List.copyOf(groups);
    }
}
