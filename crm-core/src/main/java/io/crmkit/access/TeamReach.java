package io.crmkit.access;

import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One user's place in the host's organisation chart, asked of the {@link OrgDirectory} when a
 * visibility is resolved: the owners a team scope reaches and the keys the user's shares are
 * matched by. Walks are guarded against cycles in the host's chart and bounded, so a faulty
 * directory cannot make a query unbounded.
 */
final class TeamReach {
    /** More teams than any organisation chart crmkit is meant for; a walk stops there. */
    private static final int MAX_TEAMS = 10_000;

    private final OrgDirectory directory;
    private final TenantId tenant;
    private final UserId user;
    private final Set<TeamId> teams;

    TeamReach(OrgDirectory directory, TenantId tenant, UserId user) {
        this.directory = directory;
        this.tenant = tenant;
        this.user = user;
        this.teams = Set.copyOf(directory.teamsOf(tenant, user));
    }

    /** The owners whose customers a scope reaches; the user always. */
    Set<UserId> owners(DataScope scope) {
        Set<UserId> owners = new HashSet<>();
        owners.add(user);
        Set<TeamId> reached = switch (scope) {
            case OWN, TENANT -> Set.of();
            case TEAM -> teams;
            case TEAM_TREE -> below(teams);
        };
        for (TeamId t : reached) {
            directory.membersOf(tenant, t).ifPresent(owners::addAll);
        }
        return owners;
    }

    /** {@code user:u}, {@code team:t} per team, {@code tree:a} per team and every team above it. */
    Set<String> shareKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Grantee.user(user).key());
        for (TeamId t : teams) {
            keys.add(Grantee.team(t).key());
        }
        for (TeamId t : above(teams)) {
            keys.add(Grantee.teamTree(t).key());
        }
        return keys;
    }

    private Set<TeamId> below(Set<TeamId> start) {
        Set<TeamId> seen = new HashSet<>(start);
        Deque<TeamId> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty() && seen.size() < MAX_TEAMS) {
            for (TeamId child : directory.subTeamsOf(tenant, todo.pop())) {
                if (seen.add(child)) {
                    todo.push(child);
                }
            }
        }
        return seen;
    }

    private Set<TeamId> above(Set<TeamId> start) {
        Set<TeamId> seen = new HashSet<>();
        for (TeamId t : start) {
            TeamId current = t;
            while (current != null && seen.add(current) && seen.size() < MAX_TEAMS) {
                current = directory.parentOf(tenant, current).orElse(null);
            }
        }
        return seen;
    }
}
