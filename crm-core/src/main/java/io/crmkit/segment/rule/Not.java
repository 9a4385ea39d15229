package io.crmkit.segment.rule;

import java.util.Objects;

/**
 * True when its rule is false ({@code not a}). A condition on a value the customer does not
 * have is false, so {@code not} of it is true: {@code not region = "east"} includes customers
 * without a region.
 *
 * @param rule the negated rule
 */
public record Not(Rule rule) implements Rule {

    /**
     * Checks the rule.
     *
     * @param rule see {@link #rule()}
     */
    public Not {
        Objects.requireNonNull(rule, "rule");
    }
}
