package io.crmkit.segment.rule;

import java.util.List;

/**
 * True when at least one of its rules is true ({@code a or b or c}).
 *
 * @param rules two or more rules, in the order written
 */
public record AnyOf(List<Rule> rules) implements Rule {

    /**
     * Checks and copies the rules.
     *
     * @param rules see {@link #rules()}
     * @throws IllegalArgumentException if fewer than two rules are given
     */
    public AnyOf {
        rules = List.copyOf(rules);
        if (rules.size() < 2) {
            throw new IllegalArgumentException("'or' joins at least two rules, got " + rules.size());
        }
    }
}
