package io.crmkit.access;

/**
 * Which customers a role reaches, as the configuration sets it per role for viewing and,
 * separately, for editing. Teams come from the host's {@link OrgDirectory}; a principal with
 * several roles reaches what the widest of them reaches.
 */
public enum DataScope {
    /** The customers the user owns. */
    OWN,
    /** The customers owned by anyone in one of the user's teams (the user included). */
    TEAM,
    /** The customers owned by anyone in one of the user's teams or their sub-teams, at any depth. */
    TEAM_TREE,
    /** Every customer of the tenant. */
    TENANT;

    /**
     * The wider of two scopes.
     *
     * @param other the other scope
     * @return whichever reaches more
     */
    public DataScope widest(DataScope other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
