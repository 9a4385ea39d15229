package io.crmkit.customer;

import io.crmkit.event.EventType;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something that happened to a customer's own record (profile, owner, lifecycle status,
 * contacts), written to the outbox in the same transaction as the change: aggregate type
 * {@value AboutCustomer#AGGREGATE_TYPE}, payload {@code {"customerId", "at", "revision", …}}. Other features
 * own the events they raise about a customer (tags, purchases, classification).
 */
public sealed interface CustomerEvent extends AboutCustomer {

    /**
     * A customer was created.
     *
     * @param customerId the customer
     * @param owner its first owner
     * @param lifecycleStatus its first status
     * @param at when
     */
    record CustomerCreated(CustomerId customerId, UserId owner, String lifecycleStatus, Instant at)
            implements CustomerEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("CustomerCreated", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("owner", owner.value(), "lifecycleStatus", lifecycleStatus);
        }
    }

    /**
     * A customer's profile changed.
     *
     * @param customerId the customer
     * @param fields the paths of the changed fields
     * @param at when
     */
    record CustomerUpdated(CustomerId customerId, List<String> fields, Instant at) implements CustomerEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("CustomerUpdated", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        /**
         * Copies the fields.
         *
         * @param customerId see {@link #customerId()}
         * @param fields see {@link #fields()}
         * @param at see {@link #at()}
         */
        public CustomerUpdated {
            fields = List.copyOf(fields);
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("fields", fields);
        }
    }

    /**
     * A customer was handed to another owner.
     *
     * @param customerId the customer
     * @param previousOwner the old owner
     * @param newOwner the new owner
     * @param at when
     */
    record OwnerChanged(CustomerId customerId, UserId previousOwner, UserId newOwner, Instant at)
            implements CustomerEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("OwnerChanged", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("previousOwner", previousOwner.value(), "newOwner", newOwner.value());
        }
    }

    /**
     * A customer's lifecycle status changed.
     *
     * @param customerId the customer
     * @param from the old status
     * @param to the new status
     * @param at when
     */
    record LifecycleStatusChanged(CustomerId customerId, String from, String to, Instant at) implements CustomerEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("LifecycleStatusChanged", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("from", from, "to", to);
        }
    }

    /**
     * A contact was added.
     *
     * @param customerId the customer
     * @param contactId the new contact
     * @param at when
     */
    record ContactAdded(CustomerId customerId, ContactId contactId, Instant at) implements CustomerEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("ContactAdded", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("contactId", contactId.toString());
        }
    }

    /**
     * A contact's details changed.
     *
     * @param customerId the customer
     * @param contactId the contact
     * @param at when
     */
    record ContactUpdated(CustomerId customerId, ContactId contactId, Instant at) implements CustomerEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("ContactUpdated", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("contactId", contactId.toString());
        }
    }

    /**
     * A contact was removed.
     *
     * @param customerId the customer
     * @param contactId the removed contact
     * @param at when
     */
    record ContactRemoved(CustomerId customerId, ContactId contactId, Instant at) implements CustomerEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("ContactRemoved", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("contactId", contactId.toString());
        }
    }
}
