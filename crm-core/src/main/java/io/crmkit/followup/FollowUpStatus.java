package io.crmkit.followup;

/** Where a follow-up task stands. "Overdue" is not a status: it is derived from the clock ({@link FollowUp#isOverdue}). */
public enum FollowUpStatus {
    /** To be done. */
    OPEN,
    /** Done, with a result. */
    DONE,
    /** Will not be done. */
    CANCELLED
}
