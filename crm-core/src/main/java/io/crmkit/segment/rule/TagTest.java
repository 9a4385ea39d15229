package io.crmkit.segment.rule;

/** How a {@link TagCondition} tests a customer's values in one tag dimension. */
public enum TagTest {
    /** {@code tag(d) = "v"}: the customer has the value (exactly one value). */
    HAS("="),
    /** {@code tag(d) in ("a", "b")}: the customer has at least one of the values. */
    HAS_ANY("in"),
    /** {@code tag(d) has all ("a", "b")}: the customer has every one of the values. */
    HAS_ALL("has all"),
    /** {@code tag(d) has none ("a", "b")}: the customer has none of the values. */
    HAS_NONE("has none"),
    /** {@code tag(d) is empty}: the customer has no value in the dimension (no values). */
    IS_EMPTY("is empty");

    private final String text;

    TagTest(String text) {
        this.text = text;
    }

    /** {@return how the test is written in the text form, e.g. {@code has all}} */
    public String text() {
        return text;
    }
}
