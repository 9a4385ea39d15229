package io.crmkit.access;

import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The host's organisation chart (a port): who manages whom and who is in which team. crmkit
 * asks it for the manager an overdue follow-up task is escalated to, for the members of a
 * team when listing a team's overdue tasks, and for teams, their members and their nesting
 * when it resolves a principal's {@linkplain DataScope data scope} and team shares. Set it with {@code Crm.builder().directory(...)}.
 *
 * <p>Implementations are thread-safe and answer quickly (crmkit may call them inside a
 * storage transaction); every question names the tenant, so one directory can serve many.
 */
public interface OrgDirectory {

    /**
     * The manager of a user.
     *
     * @param tenant the tenant
     * @param user the user
     * @return the manager, or empty if the user has none (escalations to them are then skipped
     *     with a warning in the log)
     */
    Optional<UserId> managerOf(TenantId tenant, UserId user);

    /**
     * The members of a team.
     *
     * @param tenant the tenant
     * @param team the team
     * @return the members (possibly none), or empty if the directory knows no such team
     */
    Optional<Set<UserId>> membersOf(TenantId tenant, TeamId team);

    /**
     * The teams a user belongs to: they decide which customers the {@link DataScope#TEAM} and
     * {@link DataScope#TEAM_TREE} scopes reach and which team shares reach the user.
     *
     * @param tenant the tenant
     * @param user the user
     * @return the user's teams; none by default (team scopes then reach only the user's own
     *     customers)
     */
    default Set<TeamId> teamsOf(TenantId tenant, UserId user) {
        return Set.of();
    }

    /**
     * The teams directly below a team, for the {@link DataScope#TEAM_TREE} scope.
     *
     * @param tenant the tenant
     * @param team the team
     * @return its direct sub-teams; none by default
     */
    default Set<TeamId> subTeamsOf(TenantId tenant, TeamId team) {
        return Set.of();
    }

    /**
     * The team directly above a team, so that a share with a team and its sub-teams reaches
     * the members of the sub-teams.
     *
     * @param tenant the tenant
     * @param team the team
     * @return its parent, or empty for a top team (the default)
     */
    default Optional<TeamId> parentOf(TenantId tenant, TeamId team) {
        return Optional.empty();
    }

    /**
     * The language a user reads notifications in.
     *
     * @param tenant the tenant
     * @param user the user
     * @return the locale, or empty for the deployment's default locale
     */
    default Optional<Locale> localeOf(TenantId tenant, UserId user) {
        return Optional.empty();
    }

    /**
     * A directory that knows no managers and no teams: escalations are skipped (with a warning
     * in the log) and listing a team's tasks fails with {@link io.crmkit.shared.NotFoundException}.
     *
     * @return the empty directory
     */
    static OrgDirectory none() {
        return new OrgDirectory() {
            @Override
            public Optional<UserId> managerOf(TenantId tenant, UserId user) {
                return Optional.empty();
            }

            @Override
            public Optional<Set<UserId>> membersOf(TenantId tenant, TeamId team) {
                return Optional.empty();
            }
        };
    }
}
