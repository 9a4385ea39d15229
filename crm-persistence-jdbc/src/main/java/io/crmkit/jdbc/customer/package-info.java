/**
 * The JDBC adapter of customers: {@link io.crmkit.customer.Customers} on {@code customer} and
 * its contact, need-tag, custom-field and activity tables, with the SQL of customer queries.
 *
 * <p>Internal to {@code crm-persistence-jdbc}: not API. Hosts do not use this package; they
 * open storage through {@link io.crmkit.jdbc.JdbcStorage} and use the ports of
 * {@code crm-core}. Its public types are public only for the adapter's other packages.
 */
package io.crmkit.jdbc.customer;
