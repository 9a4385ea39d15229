package io.crmkit.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Records a task's result and marks it done: its pending reminders and escalation are
 * cancelled. With {@code createNextTask}, the result's next step becomes a new open task for the
 * same customer, contact, opportunity, method, priority and assignee, in the same transaction.
 *
 * @param id the task
 * @param expectedVersion the version the change is based on
 * @param result the result
 * @param createNextTask whether to create the next task from {@link FollowUpResult#nextStep()}
 *     (which is then required)
 */
public record CompleteFollowUp(
        @NotNull FollowUpId id,
        long expectedVersion,
        @NotNull @Valid FollowUpResult result,
        boolean createNextTask) {
}
