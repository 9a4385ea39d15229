package io.crmkit.followup;

import io.crmkit.customer.CustomerId;
import io.crmkit.event.DomainEvent;
import io.crmkit.event.EventKey;
import io.crmkit.event.EventType;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something that happened to a follow-up task, written to the outbox (aggregate type
 * {@value #AGGREGATE_TYPE}, payload {@code {"taskId", "customerId", "at", "revision", …}}) in
 * the same transaction as the change. Events carry ids and codes, not the task's content.
 */
public sealed interface FollowUpEvent extends DomainEvent {
    /** The aggregate type of follow-up events. */
    String AGGREGATE_TYPE = FollowUp.ENTITY_TYPE;

    /** {@return the task} */
    FollowUpId taskId();

    /** {@return the task's customer} */
    CustomerId customerId();

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return taskId().toString();
    }

    @Override
    default List<EventKey> keys() {
        return List.of(EventKey.of("taskId", taskId()), EventKey.of("customerId", customerId()));
    }

    /**
     * A task was created.
     *
     * @param taskId the task
     * @param customerId its customer
     * @param assignee its assignee
     * @param plannedAt when it is planned
     * @param at when
     */
    record FollowUpCreated(FollowUpId taskId, CustomerId customerId, UserId assignee, Instant plannedAt, Instant at)
            implements FollowUpEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("FollowUpCreated", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("assignee", assignee.value(), "plannedAt", plannedAt.toString());
        }
    }

    /**
     * A task was handed to another assignee.
     *
     * @param taskId the task
     * @param customerId its customer
     * @param previousAssignee the old assignee
     * @param newAssignee the new assignee
     * @param at when
     */
    record FollowUpReassigned(FollowUpId taskId, CustomerId customerId, UserId previousAssignee, UserId newAssignee,
                              Instant at) implements FollowUpEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("FollowUpReassigned", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("previousAssignee", previousAssignee.value(), "newAssignee", newAssignee.value());
        }
    }

    /**
     * A task was moved to another time.
     *
     * @param taskId the task
     * @param customerId its customer
     * @param previousPlannedAt the old planned time
     * @param plannedAt the new one
     * @param at when
     */
    record FollowUpRescheduled(FollowUpId taskId, CustomerId customerId, Instant previousPlannedAt, Instant plannedAt,
                               Instant at) implements FollowUpEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("FollowUpRescheduled", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("previousPlannedAt", previousPlannedAt.toString(), "plannedAt", plannedAt.toString());
        }
    }

    /**
     * A task's content, method, priority or reminders changed.
     *
     * @param taskId the task
     * @param customerId its customer
     * @param at when
     */
    record FollowUpChanged(FollowUpId taskId, CustomerId customerId, Instant at) implements FollowUpEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("FollowUpChanged", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of();
        }
    }

    /**
     * A task was done.
     *
     * @param taskId the task
     * @param customerId its customer
     * @param actualAt when it actually happened
     * @param nextTaskId the next task's id as text, or empty text if none was created
     * @param at when it was recorded
     */
    record FollowUpCompleted(FollowUpId taskId, CustomerId customerId, Instant actualAt, String nextTaskId, Instant at)
            implements FollowUpEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("FollowUpCompleted", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("actualAt", actualAt.toString(), "nextTaskId", nextTaskId);
        }
    }

    /**
     * A task was cancelled.
     *
     * @param taskId the task
     * @param customerId its customer
     * @param at when
     */
    record FollowUpCancelled(FollowUpId taskId, CustomerId customerId, Instant at) implements FollowUpEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("FollowUpCancelled", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of();
        }
    }
}
