package io.crmkit.access;

import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place that decides whether a principal may perform an action on a record. Every
 * application service asks it before touching storage, so services never grow their own
 * access rules.
 *
 * <p>Rules: a role without {@link Permission#VIEW} or {@link Permission#EDIT} sees nothing;
 * creating needs {@link Permission#EDIT}. Customers are reached through data scopes and
 * shares ({@link #visibility}): a principal sees the customers its roles' view scopes reach
 * and those shared with it, and edits those its edit scopes reach and those shared with it
 * for editing. Other records (segments, plans, tasks) are edited by their owner only.
 * Administrators reach everything in the tenant. Roles the configuration does not define
 * grant nothing.
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
        Optional<String> permission = permissionRefusal(principal, action);
        if (permission.isPresent() || action == Action.VIEW || action == Action.CREATE
                || holdsAdministrator(principal)) {
            return permission;
        }
        boolean owner = resource.owner().map(principal.user()::equals).orElse(false);
        return owner ? Optional.empty() : Optional.of("only the owner or an administrator may do this");
    }

    /**
     * Decides on the permission alone, not on the record: whether some role of the principal
     * grants what the action needs. Customers are then judged by {@link #visibility}.
     *
     * @param principal the acting principal
     * @param action the action
     * @return the reason for refusal, or empty if a role grants it
     */
    public Optional<String> permissionRefusal(Principal principal, Action action) {
        if (holdsAdministrator(principal)) {
            return Optional.empty();
        }
        return switch (action) {
            case VIEW -> has(principal, Permission.VIEW) || has(principal, Permission.EDIT)
                    ? Optional.empty() : Optional.of("no role grants VIEW");
            case CREATE, EDIT, REASSIGN -> has(principal, Permission.EDIT)
                    ? Optional.empty() : Optional.of("no role grants EDIT");
        };
    }

    /**
     * Which customers the principal reaches for an action: the widest {@linkplain DataScope
     * scope} among its roles that grant the action's permission (view scopes for
     * {@link Action#VIEW}, edit scopes otherwise), resolved through the directory into owners,
     * plus the keys its shares are matched by. Administrators and {@link DataScope#TENANT}
     * roles reach the whole tenant. Roles without the permission reach nothing, and shares do
     * not lift a missing permission. For {@link Action#REASSIGN} shares do not count.
     *
     * @param principal the acting principal
     * @param tenant the tenant, for the directory's questions
     * @param directory the host's organisation chart
     * @param action what the principal means to do
     * @param at the instant shares are judged at
     * @return the visibility to apply inside queries and to single records
     */
    public Visibility visibility(Principal principal, TenantId tenant, OrgDirectory directory, Action action,
                                 Instant at) {
        if (holdsAdministrator(principal)) {
            return Visibility.wholeTenant();
        }
        boolean forView = action == Action.VIEW;
        Optional<DataScope> scope = principal.roles().stream().map(roles::get).filter(Objects::nonNull)
                .filter(r -> r.permissions().contains(Permission.EDIT)
                        || forView && r.permissions().contains(Permission.VIEW))
                .map(r -> forView ? r.viewScope() : r.editScope())
                .reduce(DataScope::widest);
        if (scope.isEmpty()) {
            return new Visibility(true, Set.of(), Set.of(), !forView, at);
        }
        if (scope.get() == DataScope.TENANT) {
            return Visibility.wholeTenant();
        }
        TeamReach reach = new TeamReach(directory, tenant, principal.user());
        Set<String> keys = action == Action.REASSIGN ? Set.of() : reach.shareKeys();
        return new Visibility(true, reach.owners(scope.get()), keys, !forView, at);
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
                    action.name().toLowerCase(Locale.ROOT) + " " + resource.describe(), reason);
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
