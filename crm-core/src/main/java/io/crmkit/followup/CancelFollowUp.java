package io.crmkit.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Cancels an open task: its pending reminders and escalation are cancelled.
 *
 * @param id the task
 * @param expectedVersion the version the change is based on
 * @param reason why (1-500 characters)
 */
public record CancelFollowUp(@NotNull FollowUpId id, long expectedVersion, @NotBlank @Size(max = 500) String reason) {
}
