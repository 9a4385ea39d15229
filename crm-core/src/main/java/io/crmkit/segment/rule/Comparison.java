package io.crmkit.segment.rule;

import java.util.List;
import java.util.Objects;

/**
 * A comparison of one of the customer's values with literals, e.g.
 * {@code spend(12 months) >= 100000 CNY} or {@code custom(years_of_cooperation) between 3 and 10}.
 * Whether the literals' types fit the operand is checked against the deployment's
 * configuration by the rule checker, not here.
 *
 * @param operand what is compared
 * @param operator how
 * @param values the literals, as many as the operator takes, in the order written
 */
public record Comparison(Operand operand, Operator operator, List<Literal> values) implements Rule {

    /**
     * Checks and copies the components.
     *
     * @param operand see {@link #operand()}
     * @param operator see {@link #operator()}
     * @param values see {@link #values()}
     * @throws IllegalArgumentException if the number of values does not fit the operator
     */
    public Comparison {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
        if (values.size() < operator.minValues() || values.size() > operator.maxValues()) {
            throw new IllegalArgumentException("operator '" + operator.text() + "' does not take "
                    + values.size() + " value(s)");
        }
    }
}
