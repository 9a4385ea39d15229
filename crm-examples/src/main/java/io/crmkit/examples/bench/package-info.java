/**
 * JMH benchmarks: crmkit side by side with hand-written JDBC (the practical limit) and
 * Hibernate ORM entities (what a user would otherwise pick), on H2 and PostgreSQL; and segment
 * rule evaluation in memory (beside hand-written Java and JEXL) and on PostgreSQL (beside
 * hand-written SQL).
 */
package io.crmkit.examples.bench;
