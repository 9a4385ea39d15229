package io.crmkit.segment.rule;

/**
 * What a {@link Comparison} compares: a customer {@link Attribute}, a {@link CustomField} or a
 * purchase {@link Figure}.
 */
public sealed interface Operand permits Attribute, CustomField, Figure {
}
