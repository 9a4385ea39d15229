/**
 * The JDBC adapter of the outbox: {@link io.crmkit.outbox.Outbox} (appending and listing, in the
 * unit of work) and {@link io.crmkit.outbox.OutboxDelivery} (claiming and marking, each call in
 * a transaction of its own) on {@code outbox_message}.
 *
 * <p>Internal to {@code crm-persistence-jdbc}: not API. Hosts do not use this package; they
 * open storage through {@link io.crmkit.jdbc.JdbcStorage} and use the ports of
 * {@code crm-core}. Its public types are public only for the adapter's other packages.
 */
package io.crmkit.jdbc.outbox;
