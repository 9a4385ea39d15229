package io.crmkit.segment.rule;

import java.util.List;
import java.util.Objects;

/**
 * A test of the customer's tags in one dimension, e.g. {@code tag(intent) in ("high_intent")}.
 *
 * @param dimension the tag dimension's key, as configured
 * @param test what is tested
 * @param values the tag values: exactly one for {@link TagTest#HAS}, none for
 *     {@link TagTest#IS_EMPTY}, one or more otherwise; no duplicates, in the order written
 */
public record TagCondition(String dimension, TagTest test, List<String> values) implements Rule {

    /**
     * Checks and copies the components.
     *
     * @param dimension see {@link #dimension()}
     * @param test see {@link #test()}
     * @param values see {@link #values()}
     * @throws IllegalArgumentException if the number of values does not fit the test, or a
     *     value is repeated
     */
    public TagCondition {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(test, "test");
        values = List.copyOf(values);
        int n = values.size();
        boolean fits = switch (test) {
            case HAS -> n == 1;
            case IS_EMPTY -> n == 0;
            default -> n >= 1;
        };
        if (!fits) {
            throw new IllegalArgumentException("tag test '" + test.text() + "' does not take " + n + " value(s)");
        }
        if (values.stream().distinct().count() != n) {
            throw new IllegalArgumentException("tag values repeat: " + values);
        }
    }
}
