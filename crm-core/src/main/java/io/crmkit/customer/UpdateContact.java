package io.crmkit.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Command: replace a contact's details. Marking it primary makes the previous primary
 * contact non-primary; the primary contact stays primary until another contact is made primary.
 *
 * @param customerId the customer
 * @param expectedVersion the version the change is based on
 * @param contactId the contact
 * @param contact the new details
 */
public record UpdateContact(
        @NotNull CustomerId customerId, long expectedVersion, @NotNull ContactId contactId,
        @NotNull @Valid NewContact contact) {
}
