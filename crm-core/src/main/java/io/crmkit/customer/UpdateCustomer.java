package io.crmkit.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Command: replace a customer's profile. Fields left out of {@code details} are cleared, so
 * start from the current details: {@code customer.details().toBuilder()…build()}.
 *
 * @param id the customer
 * @param expectedVersion the version the change is based on (from the customer as read)
 * @param details the new profile
 */
public record UpdateCustomer(@NotNull CustomerId id, long expectedVersion, @NotNull @Valid CustomerDetails details) {
}
