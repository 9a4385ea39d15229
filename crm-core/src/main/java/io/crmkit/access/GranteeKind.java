package io.crmkit.access;

/** Who a share is granted to: one user, the members of one team, or a team with its sub-teams. */
public enum GranteeKind {
    /** One user. */
    USER("user"),
    /** The members of one team (not of its sub-teams). */
    TEAM("team"),
    /** The members of a team and of its sub-teams at any depth (a department). */
    TEAM_TREE("tree");

    private final String prefix;

    GranteeKind(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The prefix of the stored key, e.g. {@code user} in {@code user:alice}.
     *
     * @return the prefix
     */
    public String prefix() {
        return prefix;
    }
}
