package io.crmkit.access;

import io.crmkit.shared.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * The user on whose behalf a session acts, with the roles the host vouches for. crmkit does
 * not authenticate: the host does, and hands crmkit the result.
 *
 * @param user the user
 * @param roles the user's roles; at least one
 */
public record Principal(UserId user, Set<RoleName> roles) {

    /**
     * Checks and copies the components.
     *
     * @param user see {@link #user()}
     * @param roles see {@link #roles()}
     */
    public Principal {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a principal needs at least one role");
        }
    }

    /**
     * A user with the given roles.
     *
     * @param userId the host's id of the user
     * @param role the first role
     * @param more further roles
     * @return the principal
     */
    public static Principal user(String userId, RoleName role, RoleName... more) {
        Set<RoleName> all = new java.util.HashSet<>(Set.of(more));
        all.add(role);
        return new Principal(UserId.of(userId), all);
    }
}
