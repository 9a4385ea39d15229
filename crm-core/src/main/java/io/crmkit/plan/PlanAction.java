package io.crmkit.plan;

/** What a plan does for each member of its segment. */
public enum PlanAction {
    /** Puts a notification for the member's owner in the outbox, on the plan's channel. */
    NOTIFY,
    /**
     * Creates a follow-up task per member, assigned to its owner, with the plan's content; the
     * plan's channel names the task's follow-up method (e.g. {@code phone}, {@code visit}), and
     * the task gets the configured reminders. Its content must fit a task (2,000 characters for
     * follow-up tasks), checked when the plan is saved. A host may create its own kind of task instead
     * ({@code Crm.builder().planTaskCreator(...)}).
     */
    CREATE_TASK
}
