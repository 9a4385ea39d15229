package io.crmkit.followup;

import io.crmkit.config.ReminderRule;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.CustomerId;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up task: someone is to contact a customer in some way at a planned time.
 *
 * @param id crmkit's id
 * @param customerId the customer
 * @param contactId the customer's contact it is about, if any
 * @param opportunityId the opportunity it is about, if any (the host's or crmkit's id as text)
 * @param method how (a configured method, e.g. {@code phone})
 * @param content what to do or talk about
 * @param plannedAt when
 * @param assignee who does it
 * @param priority a configured priority, e.g. {@code normal}
 * @param status open, done or cancelled
 * @param reminders the task's own reminder rules, or empty for the configured defaults
 * @param result the result once done
 * @param cancelReason why it was cancelled, once cancelled
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param updatedAt when it last changed
 * @param version 1 when created, +1 per change
 */
public record FollowUp(
        FollowUpId id,
        CustomerId customerId,
        Optional<ContactId> contactId,
        Optional<String> opportunityId,
        String method,
        String content,
        Instant plannedAt,
        UserId assignee,
        String priority,
        FollowUpStatus status,
        Optional<List<ReminderRule>> reminders,
        Optional<FollowUpResult> result,
        Optional<String> cancelReason,
        Instant createdAt,
        UserId createdBy,
        Instant updatedAt,
        long version) {

    /**
     * The entity type that names a follow-up task in audit entries, access decisions, errors and
     * events: {@value}. Hosts see it, so it never changes with a Java name.
     */
    public static final String ENTITY_TYPE = "followup";

    /**
     * Checks and copies the components.
     *
     * @param id see {@link #id()}
     * @param customerId see {@link #customerId()}
     * @param contactId see {@link #contactId()}
     * @param opportunityId see {@link #opportunityId()}
     * @param method see {@link #method()}
     * @param content see {@link #content()}
     * @param plannedAt see {@link #plannedAt()}
     * @param assignee see {@link #assignee()}
     * @param priority see {@link #priority()}
     * @param status see {@link #status()}
     * @param reminders see {@link #reminders()}
     * @param result see {@link #result()}
     * @param cancelReason see {@link #cancelReason()}
     * @param createdAt see {@link #createdAt()}
     * @param createdBy see {@link #createdBy()}
     * @param updatedAt see {@link #updatedAt()}
     * @param version see {@link #version()}
     */
    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(opportunityId, "opportunityId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(plannedAt, "plannedAt");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        reminders = reminders.map(List::copyOf);
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(cancelReason, "cancelReason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Whether the task is overdue: still open after its planned time.
     *
     * @param now the current time (from the session's clock)
     * @return {@code true} if open and planned before {@code now}
     */
    public boolean isOverdue(Instant now) {
        return status == FollowUpStatus.OPEN && plannedAt.isBefore(now);
    }

    /** {@return a builder holding this task's values, for the next state} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Derives the next state of a task: change what differs, then {@link #next(Instant)}. */
    public static final class Builder {
        private final FollowUp base;
        private String method;
        private String content;
        private Instant plannedAt;
        private UserId assignee;
        private String priority;
        private FollowUpStatus status;
        private Optional<List<ReminderRule>> reminders;
        private Optional<FollowUpResult> result;
        private Optional<String> cancelReason;

        private Builder(FollowUp base) {
            this.base = base;
            this.method = base.method;
            this.content = base.content;
            this.plannedAt = base.plannedAt;
            this.assignee = base.assignee;
            this.priority = base.priority;
            this.status = base.status;
            this.reminders = base.reminders;
            this.result = base.result;
            this.cancelReason = base.cancelReason;
        }

        /**
         * Sets the method.
         *
         * @param value the method
         * @return this builder
         */
        public Builder method(String value) {
            this.method = value;
            return this;
        }

        /**
         * Sets the content.
         *
         * @param value the content
         * @return this builder
         */
        public Builder content(String value) {
            this.content = value;
            return this;
        }

        /**
         * Sets the planned time.
         *
         * @param value the planned time
         * @return this builder
         */
        public Builder plannedAt(Instant value) {
            this.plannedAt = value;
            return this;
        }

        /**
         * Sets the assignee.
         *
         * @param value the assignee
         * @return this builder
         */
        public Builder assignee(UserId value) {
            this.assignee = value;
            return this;
        }

        /**
         * Sets the priority.
         *
         * @param value the priority
         * @return this builder
         */
        public Builder priority(String value) {
            this.priority = value;
            return this;
        }

        /**
         * Sets the own reminder rules, or empty for the defaults.
         *
         * @param value the own reminder rules, or empty for the defaults
         * @return this builder
         */
        public Builder reminders(Optional<List<ReminderRule>> value) {
            this.reminders = value;
            return this;
        }

        /**
         * Marks the task done.
         *
         * @param value the result
         * @return this builder
         */
        public Builder done(FollowUpResult value) {
            this.status = FollowUpStatus.DONE;
            this.result = Optional.of(value);
            return this;
        }

        /**
         * Marks the task cancelled.
         *
         * @param reason why
         * @return this builder
         */
        public Builder cancelled(String reason) {
            this.status = FollowUpStatus.CANCELLED;
            this.cancelReason = Optional.of(reason);
            return this;
        }

        /**
         * The next state: one version up, changed now.
         *
         * @param now when it changed
         * @return the task
         */
        public FollowUp next(Instant now) {
            return new FollowUp(base.id, base.customerId, base.contactId, base.opportunityId, method, content, plannedAt,
                    assignee, priority, status, reminders, result, cancelReason, base.createdAt, base.createdBy, now,
                    base.version + 1);
        }
    }
}
