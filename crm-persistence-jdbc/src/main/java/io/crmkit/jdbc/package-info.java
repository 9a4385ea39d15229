/**
 * The relational storage adapter: {@link io.crmkit.jdbc.JdbcStorage} on H2 (the embedded
 * default) and PostgreSQL, with Flyway migrations, optimistic locking and keyset paging.
 */
package io.crmkit.jdbc;
