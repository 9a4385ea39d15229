package io.crmkit.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Command: move a customer to another configured lifecycle status, along a configured
 * transition, giving the reason when the target status's guard asks for one.
 *
 * @param customerId the customer
 * @param expectedVersion the version the change is based on
 * @param status the new status; one of the configured statuses
 * @param reason why (required to enter a status whose guard says so, e.g. "lost"); recorded in
 *     the audit trail and the event
 */
public record ChangeLifecycleStatus(@NotNull CustomerId customerId, long expectedVersion, @NotBlank String status,
                                    @NotNull Optional<@Size(max = 500) String> reason) {

    /**
     * Replaces an absent reason by an empty one.
     *
     * @param customerId see {@link #customerId()}
     * @param expectedVersion see {@link #expectedVersion()}
     * @param status see {@link #status()}
     * @param reason see {@link #reason()}
     */
    public ChangeLifecycleStatus {
        reason = reason == null ? Optional.empty() : reason;
    }

    /**
     * A change without a reason.
     *
     * @param customerId the customer
     * @param expectedVersion the version the change is based on
     * @param status the new status
     */
    public ChangeLifecycleStatus(CustomerId customerId, long expectedVersion, String status) {
        this(customerId, expectedVersion, status, Optional.empty());
    }
}
