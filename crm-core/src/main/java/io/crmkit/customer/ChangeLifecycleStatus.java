package io.crmkit.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Command: move a customer to another configured lifecycle status.
 *
 * @param customerId the customer
 * @param expectedVersion the version the change is based on
 * @param status the new status; one of the configured statuses
 */
public record ChangeLifecycleStatus(@NotNull CustomerId customerId, long expectedVersion, @NotBlank String status) {
}
