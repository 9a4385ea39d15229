package io.crmkit.access;

import java.util.Objects;
import java.util.Set;

/**
 * A role as the configuration defines it.
 *
 * @param name the role's name
 * @param permissions what the role allows
 * @param administrator whether holders may act on every record of the tenant, whoever owns it
 * @param viewScope which customers holders see (with {@link Permission#VIEW} or {@link Permission#EDIT})
 * @param editScope which customers holders edit (with {@link Permission#EDIT})
 */
public record RoleDefinition(RoleName name, Set<Permission> permissions, boolean administrator,
                             DataScope viewScope, DataScope editScope) {

    /**
     * Checks and copies the components. An administrator reaches the whole tenant whatever
     * scopes are given.
     *
     * @param name see {@link #name()}
     * @param permissions see {@link #permissions()}
     * @param administrator see {@link #administrator()}
     * @param viewScope see {@link #viewScope()}
     * @param editScope see {@link #editScope()}
     */
    public RoleDefinition {
        Objects.requireNonNull(name, "name");
        permissions = Set.copyOf(permissions);
        Objects.requireNonNull(viewScope, "viewScope");
        Objects.requireNonNull(editScope, "editScope");
        if (administrator) {
            viewScope = DataScope.TENANT;
            editScope = DataScope.TENANT;
        }
    }

    /**
     * A role with the scopes a configuration gets when it names none: holders see the whole
     * tenant and edit what they own (crmkit's rule before scopes were configurable).
     *
     * @param name see {@link #name()}
     * @param permissions see {@link #permissions()}
     * @param administrator see {@link #administrator()}
     */
    public RoleDefinition(RoleName name, Set<Permission> permissions, boolean administrator) {
        this(name, permissions, administrator, DataScope.TENANT, DataScope.OWN);
    }
}
