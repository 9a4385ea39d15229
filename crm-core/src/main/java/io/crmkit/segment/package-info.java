/**
 * Segments: customers chosen by a rule ({@link io.crmkit.segment.rule}), counted and listed by
 * the storage (in memory with a compiled predicate, in SQL by the JDBC adapter), saved with a
 * name, and explained per customer.
 */
package io.crmkit.segment;
