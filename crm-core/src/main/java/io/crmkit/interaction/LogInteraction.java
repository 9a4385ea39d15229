package io.crmkit.interaction;

import io.crmkit.customer.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Logs an interaction with a customer. Anyone who may view the customer may log one; it also
 * records the customer's last contact.
 *
 * @param customerId the customer
 * @param input what happened
 */
public record LogInteraction(@NotNull CustomerId customerId, @NotNull @Valid InteractionInput input) {
}
