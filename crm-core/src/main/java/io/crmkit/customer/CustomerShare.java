package io.crmkit.customer;

import io.crmkit.access.Grantee;
import io.crmkit.access.ShareAccess;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer shared beyond its owner's data scope: with a user, a team, or a team with its
 * sub-teams, for viewing or editing, optionally until an instant. What hangs off the customer
 * (contacts, tasks, interactions, purchases, its timeline) is reached with it. One share per
 * customer and grantee: sharing again replaces the terms.
 *
 * @param customerId the customer
 * @param grantee whom it is shared with
 * @param access what the share grants
 * @param until when the share ends, or empty if it lasts until revoked
 * @param sharedBy who shared it (last)
 * @param sharedAt when
 */
public record CustomerShare(CustomerId customerId, Grantee grantee, ShareAccess access, Optional<Instant> until,
                            UserId sharedBy, Instant sharedAt) {
    /**
     * Checks the components.
     *
     * @param customerId see {@link #customerId()}
     * @param grantee see {@link #grantee()}
     * @param access see {@link #access()}
     * @param until see {@link #until()}
     * @param sharedBy see {@link #sharedBy()}
     * @param sharedAt see {@link #sharedAt()}
     */
    public CustomerShare {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(sharedBy, "sharedBy");
        Objects.requireNonNull(sharedAt, "sharedAt");
    }

    /**
     * Whether the share still holds.
     *
     * @param now the instant to judge at
     * @return {@code true} unless it has an end at or before {@code now}
     */
    public boolean activeAt(Instant now) {
        return until.map(now::isBefore).orElse(true);
    }
}
