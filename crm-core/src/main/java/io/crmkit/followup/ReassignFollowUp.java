package io.crmkit.followup;

import io.crmkit.shared.UserId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Hands a task to another assignee: its pending reminders go to the new one.
 *
 * @param id the task
 * @param expectedVersion the version the change is based on
 * @param newAssignee the new assignee
 * @param reason why, kept in the audit trail (at most 500 characters)
 */
public record ReassignFollowUp(
        @NotNull FollowUpId id,
        long expectedVersion,
        @NotNull UserId newAssignee,
        @NotNull Optional<@Size(max = 500) String> reason) {

    /**
     * Fills an absent reason.
     *
     * @param id see {@link #id()}
     * @param expectedVersion see {@link #expectedVersion()}
     * @param newAssignee see {@link #newAssignee()}
     * @param reason see {@link #reason()}
     */
    public ReassignFollowUp {
        reason = reason == null ? Optional.empty() : reason;
    }
}
