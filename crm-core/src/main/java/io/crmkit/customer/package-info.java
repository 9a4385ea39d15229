/**
 * Customers and their contacts: the aggregate, its commands and events
 * ({@link io.crmkit.customer.CustomerEvent}, about the customer's own record; other features own
 * the events they raise about a customer), custom field values, the
 * {@link io.crmkit.customer.Customers} storage port and the
 * {@code CustomerService} (in {@code io.crmkit.customer.service}) hosts call.
 */
package io.crmkit.customer;
