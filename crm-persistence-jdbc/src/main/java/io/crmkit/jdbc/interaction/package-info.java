/**
 * The JDBC adapter of interactions: {@link io.crmkit.interaction.Interactions} on {@code
 * interaction} and {@code interaction_participant}.
 *
 * <p>Internal to {@code crm-persistence-jdbc}: not API. Hosts do not use this package; they
 * open storage through {@link io.crmkit.jdbc.JdbcStorage} and use the ports of
 * {@code crm-core}. Its public types are public only for the adapter's other packages.
 */
package io.crmkit.jdbc.interaction;
