package io.crmkit.access;

import io.crmkit.shared.AccessDeniedException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place that decides whether a principal may perform an action on a record. Every
 * application service asks it before touching storage. Sharing and field-level security
 * are decided here too when they arrive, so services never grow their own access rules.
 *
 * <p>Rules: a role without {@link Permission#VIEW} or {@link Permission#EDIT} sees nothing;
 * creating needs {@link Permission#EDIT}; editing needs {@link Permission#EDIT} and being
 * the record's owner, unless the principal holds an administrator role; reassigning needs
 * the same. Roles the configuration does not define grant nothing.
 */
public final class AccessPolicy {
    private final Map<RoleName, RoleDefinition> roles;

    /**
     * Creates the policy for a set of configured roles.
     *
     * @param roles the roles the deployment defines
     */
    public AccessPolicy(Collection<RoleDefinition> roles) {
        this.roles = roles.stream().collect(Collectors.toUnmodifiableMap(RoleDefinition::name, Function.identity()));
    }

    /**
     * Decides without throwing.
     *
     * @param principal the acting principal
     * @param action the action
     * @param resource the record
     * @return the reason for refusal, or empty if the action is allowed
     */
    public Optional<String> refusal(Principal principal, Action action, ProtectedResource resource) {
        boolean admin = holdsAdministrator(principal);
        boolean owner = resource.owner().map(principal.user()::equals).orElse(false);
        switch (action) {
            case VIEW:
                return has(principal, Permission.VIEW) || has(principal, Permission.EDIT) || admin
                        ? Optional.empty() : Optional.of("no role grants VIEW");
            case CREATE:
                return has(principal, Permission.EDIT) || admin
                        ? Optional.empty() : Optional.of("no role grants EDIT");
            case EDIT:
            case REASSIGN:
                if (admin) {
                    return Optional.empty();
                }
                if (!has(principal, Permission.EDIT)) {
                    return Optional.of("no role grants EDIT");
                }
                return owner ? Optional.empty() : Optional.of("only the owner or an administrator may do this");
            default:
                throw new AssertionError(action);
        }
    }

    /**
     * Decides and throws on refusal.
     *
     * @param principal the acting principal
     * @param action the action
     * @param resource the record
     * @throws AccessDeniedException if the action is not allowed
     */
    public void require(Principal principal, Action action, ProtectedResource resource) {
        refusal(principal, action, resource).ifPresent(reason -> {
            throw new AccessDeniedException(principal.user().value(),
                    action.name().toLowerCase(java.util.Locale.ROOT) + " " + resource.describe(), reason);
        });
    }

    /**
     * Whether the principal holds a role marked as administrator.
     *
     * @param principal the principal
     * @return {@code true} for administrators
     */
    public boolean holdsAdministrator(Principal principal) {
        return principal.roles().stream().map(roles::get)
                .anyMatch(r -> r != null && r.administrator());
    }

    /**
     * Refuses anyone who is not an administrator.
     *
     * @param principal the principal
     * @param operation what was attempted, for the error
     * @param reason why only administrators may, for the error
     * @throws AccessDeniedException unless the principal is an administrator
     */
    public void requireAdministrator(Principal principal, String operation, String reason) {
        if (!holdsAdministrator(principal)) {
            throw new AccessDeniedException(principal.user().value(), operation, reason);
        }
    }

    private boolean has(Principal principal, Permission permission) {
        return principal.roles().stream().map(roles::get)
                .anyMatch(r -> r != null && r.permissions().contains(permission));
    }
}
