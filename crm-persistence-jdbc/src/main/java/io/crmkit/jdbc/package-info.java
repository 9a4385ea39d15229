/**
 * The relational storage adapter: {@link io.crmkit.jdbc.JdbcStorage} on H2 (the embedded
 * default) and PostgreSQL 15+, with versioned schema migrations, optimistic locking, batched
 * writes and keyset paging. A host can hand it its own pool or join its own open transaction
 * through a {@link io.crmkit.jdbc.ConnectionProvider}.
 *
 * <p>This package is the adapter's API. Its subpackages are not: {@code io.crmkit.jdbc.internal}
 * holds the shared plumbing, and each feature's port adapters, SQL and codecs live in a package
 * of their own ({@code io.crmkit.jdbc.customer}, {@code .tag}, {@code .purchase},
 * {@code .segment}, {@code .followup}, {@code .interaction}, {@code .plan}, {@code .audit},
 * {@code .outbox}), registered in one table ({@code io.crmkit.jdbc.internal.JdbcPorts}).
 */
package io.crmkit.jdbc;
