package io.crmkit.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A classification: ordered rules that set a single-valued tag dimension. The first rule that
 * holds gives the customer's value; when none holds, {@code otherwise} does, or the dimension is
 * cleared.
 *
 * @param dimension the single-valued tag dimension the classification sets
 * @param rules the rules, first match wins
 * @param otherwise the value when no rule holds, if any
 */
public record ClassificationDefinition(String dimension, List<ClassificationRuleDefinition> rules,
                                       Optional<ClassificationRuleDefinition> otherwise) {

    /**
     * Checks and copies the components.
     *
     * @param dimension see {@link #dimension()}
     * @param rules see {@link #rules()}
     * @param otherwise see {@link #otherwise()}
     */
    public ClassificationDefinition {
        Objects.requireNonNull(dimension, "dimension");
        rules = List.copyOf(rules);
        Objects.requireNonNull(otherwise, "otherwise");
    }
}
