package io.crmkit.plan;

/** What a plan does for each member of its segment. */
public enum PlanAction {
    /** Puts a notification for the member's owner in the outbox, on the plan's channel. */
    NOTIFY,
    /**
     * Creates a follow-up task per member, assigned to its owner. Needs a
     * {@code PlanTaskCreator} wired into {@code Crm}; without one, plans with this action are
     * refused with {@link FollowUpTasksUnavailableException}.
     */
    CREATE_TASK
}
