package io.crmkit.segment.rule;

/**
 * How a {@link Comparison} compares its operand with its values. A customer that has no value
 * for the operand satisfies only {@link #IS_EMPTY}.
 */
public enum Operator {
    /** {@code = v}. */
    EQ("=", 1, 1),
    /** {@code != v} (a customer without a value does not match: use {@code is empty}). */
    NE("!=", 1, 1),
    /** {@code < v}. */
    LT("<", 1, 1),
    /** {@code <= v}. */
    LE("<=", 1, 1),
    /** {@code > v}. */
    GT(">", 1, 1),
    /** {@code >= v}. */
    GE(">=", 1, 1),
    /** {@code between a and b}: {@code a <= x <= b}, both ends included. */
    BETWEEN("between", 2, 2),
    /** {@code in (a, b, …)}: equal to one of them; for a multi-choice field, includes one of them. */
    IN("in", 1, Integer.MAX_VALUE),
    /** {@code contains "s"}: text containing s (case-sensitive, except for {@code name}); a multi-choice field including s. */
    CONTAINS("contains", 1, 1),
    /** {@code starts with "s"}: text beginning with s (case-sensitive, except for {@code name}). */
    STARTS_WITH("starts with", 1, 1),
    /** {@code is empty}: the customer has no value. */
    IS_EMPTY("is empty", 0, 0),
    /** {@code older than 30 days}: a date or time before now minus the span. */
    OLDER_THAN("older than", 1, 1),
    /** {@code within 30 days}: a date or time from now minus the span up to now, both included. */
    WITHIN("within", 1, 1);

    private final String text;
    private final int minValues;
    private final int maxValues;

    Operator(String text, int minValues, int maxValues) {
        this.text = text;
        this.minValues = minValues;
        this.maxValues = maxValues;
    }

    /** {@return how the operator is written in the text form} */
    public String text() {
        return text;
    }

    /** {@return the fewest values the operator takes} */
    public int minValues() {
        return minValues;
    }

    /** {@return the most values the operator takes} */
    public int maxValues() {
        return maxValues;
    }
}
