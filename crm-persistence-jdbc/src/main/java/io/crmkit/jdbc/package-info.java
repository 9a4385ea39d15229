/**
 * The relational storage adapter: {@link io.crmkit.jdbc.JdbcStorage} on H2 (the embedded
 * default) and PostgreSQL 15+, with versioned schema migrations, optimistic locking, batched
 * writes and keyset paging. A host can hand it its own pool or join its own open transaction
 * through a {@link io.crmkit.jdbc.ConnectionProvider}.
 */
package io.crmkit.jdbc;
