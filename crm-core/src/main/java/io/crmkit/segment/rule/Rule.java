package io.crmkit.segment.rule;

/**
 * A segment rule: a condition, or conditions joined with {@link AllOf and}, {@link AnyOf or}
 * and {@link Not not}. Rules are immutable values; two rules are equal when their trees are.
 */
public sealed interface Rule permits AllOf, AnyOf, Not, TagCondition, Comparison {
}
