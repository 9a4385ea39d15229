/**
 * The JDBC adapter of purchases: {@link io.crmkit.purchase.Purchases} on {@code purchase} and
 * its lines.
 *
 * <p>Internal to {@code crm-persistence-jdbc}: not API. Hosts do not use this package; they
 * open storage through {@link io.crmkit.jdbc.JdbcStorage} and use the ports of
 * {@code crm-core}. Its public types are public only for the adapter's other packages.
 */
package io.crmkit.jdbc.purchase;
