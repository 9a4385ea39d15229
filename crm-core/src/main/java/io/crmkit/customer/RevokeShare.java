package io.crmkit.customer;

import io.crmkit.access.Grantee;
import jakarta.validation.constraints.NotNull;

/**
 * Command: end a customer's share with a grantee.
 *
 * @param customerId the customer
 * @param grantee whose share to end
 */
public record RevokeShare(@NotNull CustomerId customerId, @NotNull Grantee grantee) {
}
