package io.crmkit.segment.rule;

/** The kinds of value an operand has; they decide which operators and literals fit. */
public enum ValueKind {
    /** Text: {@code = != in contains starts with is empty}. */
    TEXT,
    /** One of a closed set of keys: {@code = != in is empty}. */
    CHOICE,
    /** A set of keys: {@code contains in is empty}. */
    MULTI_CHOICE,
    /** A whole number: {@code = != < <= > >= between in is empty}. */
    INTEGER,
    /** A decimal number: as {@link #INTEGER}. */
    DECIMAL,
    /** An amount in one currency: as {@link #INTEGER}, literals with the same currency. */
    MONEY,
    /** A calendar date: as {@link #INTEGER}, plus {@code older than} and {@code within} (days and longer). */
    DATE,
    /** An instant: as {@link #DATE}, spans in hours allowed. */
    DATE_TIME,
    /** Yes or no: {@code = != is empty}. */
    BOOLEAN
}
