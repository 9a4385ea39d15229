/**
 * The JDBC adapter's shared plumbing: connections and units of work ({@link
 * io.crmkit.jdbc.internal.JdbcTransaction}), the dialects of H2 and PostgreSQL, schema
 * migrations, binding and reading values ({@link io.crmkit.jdbc.internal.Sql}, {@link
 * io.crmkit.jdbc.internal.RowParams}), writes sent together ({@link
 * io.crmkit.jdbc.internal.PendingWrite}) and reads grouped ({@link
 * io.crmkit.jdbc.internal.QueriesTogether}, {@link io.crmkit.jdbc.internal.ByIds}). Nothing here
 * is about one feature, except {@link io.crmkit.jdbc.internal.JdbcPorts}, the one list of the
 * feature packages and their ports.
 *
 * <p>Internal to {@code crm-persistence-jdbc}: not API. Hosts do not use this package; they
 * open storage through {@link io.crmkit.jdbc.JdbcStorage} and use the ports of
 * {@code crm-core}. Its public types are public only for the adapter's other packages.
 */
package io.crmkit.jdbc.internal;
