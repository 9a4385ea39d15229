/**
 * The Hibernate ORM baseline: JPA entities mapped onto crmkit's own tables, doing the same
 * work as crmkit's create and view, the way a user would write them with Hibernate.
 */
package io.crmkit.examples.bench.hibernate;
