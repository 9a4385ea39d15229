package io.crmkit.purchase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Cancels a recorded purchase: it is kept, but no longer counts in any figure. Cancelling a
 * cancelled purchase changes nothing.
 *
 * @param orderReference the host's order reference of the purchase
 * @param reason why, kept with the purchase and in the audit trail
 */
public record CancelPurchase(@NotBlank @Size(max = 128) String orderReference, @NotBlank @Size(max = 500) String reason) {
}
