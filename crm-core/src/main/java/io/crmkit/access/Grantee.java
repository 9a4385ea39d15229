package io.crmkit.access;

import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Who a customer is shared with: a user, a team, or a team with its sub-teams. Stored and
 * matched by its {@linkplain #key() key}, so a share query compares one column with the keys
 * a principal holds.
 *
 * @param kind user, team or team tree
 * @param id the host's id of the user or team (1 to 128 characters, not blank)
 */
public record Grantee(GranteeKind kind, String id) {
    private static final String PATH = "grantee";

    /**
     * Checks the components.
     *
     * @param kind see {@link #kind()}
     * @param id see {@link #id()}
     * @throws ValidationException at {@code grantee} with code {@code blank} or {@code size.max}
     *     (argument {@code max}) if the id is not a valid user or team id
     */
    public Grantee {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        try {
            if (kind == GranteeKind.USER) {
                UserId.of(id);
            } else {
                TeamId.of(id);
            }
        } catch (ValidationException e) {
            // Reported where the caller put it: the grantee, not the id type it is checked as.
            throw new ValidationException(e.violations().stream()
                    .map(v -> new Violation(PATH, v.code(), v.arguments())).toList());
        }
    }

    /**
     * Shares with one user.
     *
     * @param user the user
     * @return the grantee
     */
    public static Grantee user(UserId user) {
        return new Grantee(GranteeKind.USER, user.value());
    }

    /**
     * Shares with the members of one team.
     *
     * @param team the team
     * @return the grantee
     */
    public static Grantee team(TeamId team) {
        return new Grantee(GranteeKind.TEAM, team.value());
    }

    /**
     * Shares with the members of a team and of all its sub-teams (a department).
     *
     * @param team the team at the top
     * @return the grantee
     */
    public static Grantee teamTree(TeamId team) {
        return new Grantee(GranteeKind.TEAM_TREE, team.value());
    }

    /**
     * The stored form, e.g. {@code user:alice}, {@code team:east}, {@code tree:sales}.
     *
     * @return the key
     */
    public String key() {
        return kind.prefix() + ":" + id;
    }

    /**
     * Reads the stored form back.
     *
     * @param key a key made by {@link #key()}
     * @return the grantee
     * @throws ValidationException at {@code grantee} with code {@code grantee.invalid} if the
     *     text is not such a key
     */
    public static Grantee parse(String key) {
        int colon = key.indexOf(':');
        if (colon > 0) {
            String prefix = key.substring(0, colon);
            for (GranteeKind k : GranteeKind.values()) {
                if (k.prefix().equals(prefix)) {
                    return new Grantee(k, key.substring(colon + 1));
                }
            }
        }
        throw new ValidationException(List.of(Violation.of(PATH, "grantee.invalid")));
    }

    @Override
    public String toString() {
        return key();
    }
}
