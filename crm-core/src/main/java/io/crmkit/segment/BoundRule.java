package io.crmkit.segment;

import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleVocabulary;
import java.util.Objects;

/**
 * A checked rule with everything needed to evaluate it: the deployment's vocabulary and the
 * evaluation time. What the storage port receives.
 *
 * @param rule the rule, checked against the vocabulary
 * @param vocabulary the tag dimensions, custom fields, statuses and currency
 * @param time when it is evaluated
 */
public record BoundRule(Rule rule, RuleVocabulary vocabulary, EvaluationTime time) {

    /**
     * Checks the components.
     *
     * @param rule see {@link #rule()}
     * @param vocabulary see {@link #vocabulary()}
     * @param time see {@link #time()}
     */
    public BoundRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(time, "time");
    }
}
