/**
 * How features contribute to the customer view: each registers a
 * {@link io.crmkit.view.service.CustomerViewSource} whose part
 * ({@link io.crmkit.customer.CustomerViewPart}) {@code CustomerService.view} reads in its
 * transaction. Beside the customer feature rather than in it, so that every feature may depend
 * on it without depending on the customer service.
 */
package io.crmkit.view.service;
