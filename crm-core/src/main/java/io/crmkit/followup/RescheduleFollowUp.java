package io.crmkit.followup;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Moves a task to another planned time: its pending reminders move with it.
 *
 * @param id the task
 * @param expectedVersion the version the change is based on
 * @param plannedAt the new planned time
 */
public record RescheduleFollowUp(@NotNull FollowUpId id, long expectedVersion, @NotNull Instant plannedAt) {
}
