package io.crmkit.access;

/** The operations the access policy decides on. */
public enum Action {
    /** Read a record. Needs {@link Permission#VIEW} (or {@link Permission#EDIT}). */
    VIEW,
    /** Create a record. Needs {@link Permission#EDIT}. */
    CREATE,
    /** Change a record. Needs {@link Permission#EDIT} and ownership, or an administrator. */
    EDIT,
    /** Hand a record to another owner. Needs ownership with {@link Permission#EDIT}, or an administrator. */
    REASSIGN
}
