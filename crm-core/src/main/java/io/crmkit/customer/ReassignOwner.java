package io.crmkit.customer;

import io.crmkit.shared.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: hand a customer to another owner. Its own audited operation: the reason is kept
 * in the audit trail.
 *
 * @param customerId the customer
 * @param expectedVersion the version the change is based on
 * @param newOwner the new owner
 * @param reason why, for the audit trail
 */
public record ReassignOwner(
        @NotNull CustomerId customerId, long expectedVersion, @NotNull UserId newOwner,
        @NotBlank @Size(max = 500) String reason) {
}
