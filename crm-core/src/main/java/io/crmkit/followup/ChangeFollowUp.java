package io.crmkit.followup;

import io.crmkit.config.ReminderRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Changes what a task is: its content, priority, method and reminder rules (see
 * {@link RescheduleFollowUp} and {@link ReassignFollowUp} for the time and the assignee).
 *
 * @param id the task
 * @param expectedVersion the version the change is based on
 * @param method a configured method
 * @param content what to do (1-2,000 characters)
 * @param priority a configured priority
 * @param reminders the task's own reminder rules, or empty for the configured defaults
 */
public record ChangeFollowUp(
        @NotNull FollowUpId id,
        long expectedVersion,
        @NotBlank @Size(max = 63) String method,
        @NotBlank @Size(max = 2000) String content,
        @NotBlank @Size(max = 63) String priority,
        @NotNull Optional<List<ReminderRule>> reminders) {

    /**
     * Fills absent reminders.
     *
     * @param id see {@link #id()}
     * @param expectedVersion see {@link #expectedVersion()}
     * @param method see {@link #method()}
     * @param content see {@link #content()}
     * @param priority see {@link #priority()}
     * @param reminders see {@link #reminders()}
     */
    public ChangeFollowUp {
        reminders = reminders == null ? Optional.empty() : reminders;
    }

    /**
     * A change that keeps nothing else than the given task's values: start from it and replace.
     *
     * @param task the task as read
     * @return the command that changes nothing
     */
    public static ChangeFollowUp of(FollowUp task) {
        return new ChangeFollowUp(task.id(), task.version(), task.method(), task.content(), task.priority(),
                task.reminders());
    }
}
