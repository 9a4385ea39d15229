package io.crmkit.plan;

/** What a plan run did for one member. Every outcome is final: a handled member is never handled again. */
public enum PlanOutcome {
    /** A notification for the member's owner was put in the outbox. */
    NOTIFIED,
    /** A follow-up task was created. */
    TASK_CREATED,
    /** Nothing was done, for the reason recorded (e.g. the customer was gone when its page was handled). */
    SKIPPED,
    /** The action was refused for this member, for the reason recorded (e.g. the task was invalid). */
    FAILED
}
