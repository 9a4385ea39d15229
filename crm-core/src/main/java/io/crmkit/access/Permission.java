package io.crmkit.access;

/** What a role allows, as configured per deployment. */
public enum Permission {
    /** Read data. */
    VIEW,
    /** Create and change data (of records the principal owns, unless an administrator). */
    EDIT,
    /** Approve work that needs a second person (discounts, ticket closure, merges). */
    APPROVE
}
