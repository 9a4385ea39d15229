/**
 * The JDBC adapter of the audit trail: {@link io.crmkit.audit.AuditTrail} on {@code audit_entry}
 * and {@code audit_field_change}.
 *
 * <p>Internal to {@code crm-persistence-jdbc}: not API. Hosts do not use this package; they
 * open storage through {@link io.crmkit.jdbc.JdbcStorage} and use the ports of
 * {@code crm-core}. Its public types are public only for the adapter's other packages.
 */
package io.crmkit.jdbc.audit;
