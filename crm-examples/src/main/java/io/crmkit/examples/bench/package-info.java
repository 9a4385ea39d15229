/**
 * JMH benchmarks: crmkit side by side with hand-written JDBC (the practical limit) and
 * Hibernate ORM entities (what a user would otherwise pick), on H2 and PostgreSQL.
 */
package io.crmkit.examples.bench;
