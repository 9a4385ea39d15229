package io.crmkit.customer;

/** Ascending or descending order. */
public enum SortDirection {
    /** Smallest first. */
    ASC,
    /** Largest first. */
    DESC
}
