/**
 * The JDBC adapter of interaction plans: {@link io.crmkit.plan.InteractionPlans} on {@code
 * interaction_plan} (with its last run) and {@code interaction_plan_result}.
 *
 * <p>Internal to {@code crm-persistence-jdbc}: not API. Hosts do not use this package; they
 * open storage through {@link io.crmkit.jdbc.JdbcStorage} and use the ports of
 * {@code crm-core}. Its public types are public only for the adapter's other packages.
 */
package io.crmkit.jdbc.plan;
