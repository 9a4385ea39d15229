/**
 * Evaluating rules in memory: a rule is compiled once into a tree of small predicates over
 * {@link io.crmkit.segment.eval.SegmentFacts}, a compact, array-based view of one customer
 * (tags as bit masks, custom fields by position, purchases as parallel arrays), so that testing
 * a customer does no reflection, map look-up or date arithmetic.
 */
package io.crmkit.segment.eval;
