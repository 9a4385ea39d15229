package io.crmkit.customer;

import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something that happened to a customer, written to the outbox in the same transaction as
 * the change. Events carry ids and codes, not personal data: a consumer that needs the
 * customer's details reads them through the service, under its own access checks.
 */
public sealed interface CustomerEvent {

    /** {@return the customer the event is about} */
    CustomerId customerId();

    /** {@return when it happened} */
    Instant at();

    /** {@return the event's name, e.g. {@code CustomerCreated}} */
    default String type() {
        return getClass().getSimpleName();
    }

    /** {@return the event's data as text values, for its JSON form} */
    Map<String, Object> attributes();

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
        @Override
        public Map<String, Object> attributes() {
            return Map.of("contactId", contactId.toString());
        }
    }

    /**
     * A customer's tags in one dimension changed.
     *
     * @param customerId the customer
     * @param dimension the tag dimension
     * @param added the values added, in order
     * @param removed the values removed, in order
     * @param at when
     */
    record TagsChanged(CustomerId customerId, String dimension, List<String> added, List<String> removed, Instant at)
            implements CustomerEvent {
        /**
         * Copies the lists.
         *
         * @param customerId see {@link #customerId()}
         * @param dimension see {@link #dimension()}
         * @param added see {@link #added()}
         * @param removed see {@link #removed()}
         * @param at see {@link #at()}
         */
        public TagsChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("dimension", dimension, "added", added, "removed", removed);
        }
    }

    /**
     * The host recorded, corrected or cancelled a purchase of the customer.
     *
     * @param customerId the customer
     * @param purchaseId crmkit's id of the purchase
     * @param orderReference the host's order reference
     * @param change {@code recorded}, {@code corrected} or {@code cancelled}
     * @param at when
     */
    record PurchaseChanged(CustomerId customerId, String purchaseId, String orderReference, String change, Instant at)
            implements CustomerEvent {
        @Override
        public Map<String, Object> attributes() {
            return Map.of("purchaseId", purchaseId, "orderReference", orderReference, "change", change);
        }
    }

    /**
     * A classification or the value assessment changed one of the customer's tags. The host acts
     * on it, e.g. assigns an account manager when a customer enters the high-value group.
     *
     * @param customerId the customer
     * @param dimension the tag dimension, e.g. {@code value_tier} or {@code value_group}
     * @param from the value before ({@code ""} for none)
     * @param to the value now ({@code ""} for none)
     * @param note what the new value means: the rule's note or the value group's treatment
     * @param at when
     */
    record Classified(CustomerId customerId, String dimension, String from, String to, String note, Instant at)
            implements CustomerEvent {
        @Override
        public Map<String, Object> attributes() {
            return Map.of("dimension", dimension, "from", from, "to", to, "note", note);
        }
    }
}
