/**
 * The JDBC adapter of scheduled work: {@link io.crmkit.schedule.JobRuns} on {@code job_run},
 * and {@link io.crmkit.schedule.JobTenants}, the tenants with customers across the store.
 *
 * <p>Internal to {@code crm-persistence-jdbc}: not API. Hosts do not use this package; they
 * open storage through {@link io.crmkit.jdbc.JdbcStorage} and use the ports of
 * {@code crm-core}. Its public types are public only for the adapter's other packages.
 */
package io.crmkit.jdbc.schedule;
