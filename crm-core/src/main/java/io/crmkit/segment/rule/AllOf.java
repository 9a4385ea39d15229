package io.crmkit.segment.rule;

import java.util.List;

/**
 * True when every one of its rules is true ({@code a and b and c}).
 *
 * @param rules two or more rules, in the order written
 */
public record AllOf(List<Rule> rules) implements Rule {

    /**
     * Checks and copies the rules.
     *
     * @param rules see {@link #rules()}
     * @throws IllegalArgumentException if fewer than two rules are given
     */
    public AllOf {
        rules = List.copyOf(rules);
        if (rules.size() < 2) {
            throw new IllegalArgumentException("'and' joins at least two rules, got " + rules.size());
        }
    }
}
