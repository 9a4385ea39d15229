/**
 * Customers and their contacts: the aggregate, its commands and events, custom field values,
 * the {@link io.crmkit.customer.Customers} storage port and the
 * {@code CustomerService} (in {@code io.crmkit.customer.service}) hosts call.
 */
package io.crmkit.customer;
