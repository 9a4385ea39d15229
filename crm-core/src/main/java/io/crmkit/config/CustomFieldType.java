package io.crmkit.config;

/** The value types a deployment can give a custom field. */
public enum CustomFieldType {
    /** A single line of text; {@code maxLength} applies (default 255). */
    TEXT,
    /** Free text over several lines; {@code maxLength} applies (default 10,000). */
    LONG_TEXT,
    /** A whole number; {@code min}/{@code max} apply. */
    INTEGER,
    /** A decimal number; {@code min}/{@code max} apply. */
    DECIMAL,
    /** An amount of money in the field's currency; {@code min}/{@code max} apply. */
    MONEY,
    /** A calendar date. */
    DATE,
    /** An instant in time. */
    DATE_TIME,
    /** Yes or no. */
    BOOLEAN,
    /** One of the field's options. */
    SINGLE_CHOICE,
    /** Any subset of the field's options. */
    MULTI_CHOICE
}
