package io.crmkit.interaction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Corrects a logged interaction: everything but its customer is replaced. Allowed to the user
 * who logged it, the customer's owner and administrators.
 *
 * @param id the interaction
 * @param expectedVersion the version the correction is based on
 * @param input the corrected content
 */
public record CorrectInteraction(@NotNull InteractionId id, long expectedVersion, @NotNull @Valid InteractionInput input) {
}
