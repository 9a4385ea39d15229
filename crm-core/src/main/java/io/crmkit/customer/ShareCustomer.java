package io.crmkit.customer;

import io.crmkit.access.Grantee;
import io.crmkit.access.ShareAccess;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;

/**
 * Command: share a customer (and what hangs off it) with a user, a team, or a team with its
 * sub-teams. Sharing with a grantee that already has a share replaces its terms.
 *
 * @param customerId the customer
 * @param grantee whom to share it with
 * @param access view-only or editable
 * @param until when the share ends (in the future), or empty until revoked
 */
public record ShareCustomer(@NotNull CustomerId customerId, @NotNull Grantee grantee, @NotNull ShareAccess access,
                            @NotNull Optional<Instant> until) {
    /**
     * A share with no end.
     *
     * @param customerId the customer
     * @param grantee whom to share it with
     * @param access view-only or editable
     * @return the command
     */
    public static ShareCustomer of(CustomerId customerId, Grantee grantee, ShareAccess access) {
        return new ShareCustomer(customerId, grantee, access, Optional.empty());
    }
}
