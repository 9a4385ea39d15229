package io.crmkit.customer;

import jakarta.validation.constraints.NotNull;

/**
 * Command: remove a contact. The primary contact cannot be removed.
 *
 * @param customerId the customer
 * @param expectedVersion the version the change is based on
 * @param contactId the contact
 */
public record RemoveContact(@NotNull CustomerId customerId, long expectedVersion, @NotNull ContactId contactId) {
}
