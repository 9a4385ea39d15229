package io.crmkit.config;

/** The purchase figures a value assessment scores, over its window. */
public enum ValueFactor {
    /** Spend in the window. */
    AMOUNT,
    /** Number of purchases in the window. */
    FREQUENCY,
    /** Margin in the window. */
    MARGIN,
    /** Days since the first purchase ever. */
    TENURE,
    /** Growth of spend against the window before, in per cent (0 when unknown). */
    GROWTH
}
