package io.crmkit.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Command: add a contact to a customer. If the contact is marked primary, the previous
 * primary contact stops being primary.
 *
 * @param customerId the customer
 * @param expectedVersion the version the change is based on
 * @param contact the new contact
 */
public record AddContact(@NotNull CustomerId customerId, long expectedVersion, @NotNull @Valid NewContact contact) {
}
