package io.crmkit.access;

import java.util.Objects;
import java.util.Set;

/**
 * A role as the configuration defines it.
 *
 * @param name the role's name
 * @param permissions what the role allows
 * @param administrator whether holders may act on every record of the tenant, whoever owns it
 */
public record RoleDefinition(RoleName name, Set<Permission> permissions, boolean administrator) {

    /**
     * Checks and copies the components.
     *
     * @param name see {@link #name()}
     * @param permissions see {@link #permissions()}
     * @param administrator see {@link #administrator()}
     */
    public RoleDefinition {
        Objects.requireNonNull(name, "name");
        permissions = Set.copyOf(permissions);
    }
}
