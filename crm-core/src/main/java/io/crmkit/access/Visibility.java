package io.crmkit.access;

import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which customers one principal reaches for one purpose (viewing or editing), resolved once
 * by {@link AccessPolicy#visibility}: the whole tenant, or (restricted) the customers whose
 * owner is one of {@link #owners()} plus those shared with one of {@link #shareKeys()} and
 * not expired at {@link #at()}.
 *
 * <p>Storage ports take it with every listing and count and apply it <em>inside</em> the
 * query (the JDBC adapter as an {@code owner_id IN (…) OR EXISTS (share …)} predicate, the
 * in-memory adapter with {@link #admitsOwner} and {@link #admitsShare}), so pages and counts
 * hold exactly what the principal may see.
 *
 * @param restricted whether only the owners' customers and the shared ones are reached;
 *     {@code false} for every customer of the tenant (then the sets are not used)
 * @param owners the owners whose customers are reached (possibly none)
 * @param shareKeys the {@linkplain Grantee#key() grantee keys} the principal holds: its user,
 *     its teams, and every team above them (for shares with a team and its sub-teams)
 * @param editableOnly whether only shares granting {@link ShareAccess#EDIT} count
 * @param at the instant shares are judged at (a share with an end before or at it is over)
 */
public record Visibility(boolean restricted, Set<UserId> owners, Set<String> shareKeys, boolean editableOnly,
                         Instant at) {
    private static final Visibility WHOLE_TENANT = new Visibility(false, Set.of(), Set.of(), false, Instant.EPOCH);

    /**
     * Checks and copies the components.
     *
     * @param restricted see {@link #restricted()}
     * @param owners see {@link #owners()}
     * @param shareKeys see {@link #shareKeys()}
     * @param editableOnly see {@link #editableOnly()}
     * @param at see {@link #at()}
     */
    public Visibility {
        owners = Set.copyOf(owners);
        shareKeys = Set.copyOf(shareKeys);
        Objects.requireNonNull(at, "at");
    }

    /**
     * Every customer of the tenant: for administrators, tenant-wide roles and crmkit's own
     * tenant-wide work (reclassification, scheduled jobs).
     *
     * @return the unrestricted visibility
     */
    public static Visibility wholeTenant() {
        return WHOLE_TENANT;
    }

    /**
     * Whether a customer of this owner is reached without looking at its shares.
     *
     * @param owner the customer's owner
     * @return {@code true} for the whole tenant or one of the owners
     */
    public boolean admitsOwner(UserId owner) {
        return !restricted || owners.contains(owner);
    }

    /**
     * Whether one share of a customer lets the principal reach it.
     *
     * @param grantee whom the share is for
     * @param access what it grants
     * @param until when it ends, or empty if it does not
     * @return {@code true} if the share is for one of the keys, grants enough and has not ended
     */
    public boolean admitsShare(Grantee grantee, ShareAccess access, Optional<Instant> until) {
        return restricted && shareKeys.contains(grantee.key())
                && (!editableOnly || access == ShareAccess.EDIT)
                && until.map(at::isBefore).orElse(true);
    }
}
