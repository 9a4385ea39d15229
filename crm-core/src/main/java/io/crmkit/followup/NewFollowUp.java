package io.crmkit.followup;

import io.crmkit.config.ReminderRule;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.CustomerId;
import io.crmkit.shared.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Creates a follow-up task.
 *
 * @param customerId the customer
 * @param contactId one of the customer's contacts, if the task is about one
 * @param opportunityId an opportunity it is about, if any (1-64 characters)
 * @param method a configured method, e.g. {@code phone}
 * @param content what to do or talk about (1-2,000 characters)
 * @param plannedAt when
 * @param assignee who does it; empty for the acting user
 * @param priority a configured priority; empty for the configured default
 * @param reminders the task's own reminder rules (at most 10); empty for the configured defaults,
 *     an empty list for none
 */
public record NewFollowUp(
        @NotNull CustomerId customerId,
        @NotNull Optional<ContactId> contactId,
        @NotNull Optional<String> opportunityId,
        @NotBlank @Size(max = 63) String method,
        @NotBlank @Size(max = NewFollowUp.MAX_CONTENT) String content,
        @NotNull Instant plannedAt,
        @NotNull Optional<UserId> assignee,
        @NotNull Optional<String> priority,
        @NotNull Optional<List<ReminderRule>> reminders) {

    /** The longest content a task has, in characters. */
    public static final int MAX_CONTENT = 2000;

    /**
     * Fills absent optionals.
     *
     * @param customerId see {@link #customerId()}
     * @param contactId see {@link #contactId()}
     * @param opportunityId see {@link #opportunityId()}
     * @param method see {@link #method()}
     * @param content see {@link #content()}
     * @param plannedAt see {@link #plannedAt()}
     * @param assignee see {@link #assignee()}
     * @param priority see {@link #priority()}
     * @param reminders see {@link #reminders()}
     */
    public NewFollowUp {
        contactId = contactId == null ? Optional.empty() : contactId;
        opportunityId = opportunityId == null ? Optional.empty() : opportunityId;
        assignee = assignee == null ? Optional.empty() : assignee;
        priority = priority == null ? Optional.empty() : priority;
        reminders = reminders == null ? Optional.empty() : reminders;
    }

    /**
     * A task for the acting user with the configured priority and reminders.
     *
     * @param customerId the customer
     * @param method the method
     * @param content what to do
     * @param plannedAt when
     * @return the command
     */
    public static NewFollowUp of(CustomerId customerId, String method, String content, Instant plannedAt) {
        return new NewFollowUp(customerId, Optional.empty(), Optional.empty(), method, content, plannedAt,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * This command with another assignee.
     *
     * @param user the assignee
     * @return the command
     */
    public NewFollowUp assignedTo(UserId user) {
        return new NewFollowUp(customerId, contactId, opportunityId, method, content, plannedAt, Optional.of(user),
                priority, reminders);
    }

    /**
     * This command with the task's own reminder rules.
     *
     * @param rules the rules (none for no reminders)
     * @return the command
     */
    public NewFollowUp withReminders(List<ReminderRule> rules) {
        return new NewFollowUp(customerId, contactId, opportunityId, method, content, plannedAt, assignee, priority,
                Optional.of(rules));
    }
}
