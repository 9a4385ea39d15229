package io.crmkit.plan;

/** What a plan does for each member of its segment. */
public enum PlanAction {
    /** Puts a notification for the member's owner in the outbox, on the plan's channel. */
    NOTIFY,
    /**
     * Creates a follow-up task per member, assigned to its owner, with the plan's content; the
     * plan's channel names the task's follow-up method (e.g. {@code phone}, {@code visit}), and
     * the task gets the configured reminders. A host may create its own kind of task instead
     * ({@code Crm.builder().planTaskCreator(...)}).
     */
    CREATE_TASK
}
