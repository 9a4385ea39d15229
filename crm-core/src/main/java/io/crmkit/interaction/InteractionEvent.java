package io.crmkit.interaction;

import io.crmkit.customer.CustomerId;
import io.crmkit.event.DomainEvent;
import io.crmkit.event.EventKey;
import io.crmkit.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something that happened to an interaction, written to the outbox in the same transaction
 * (aggregate type {@value #AGGREGATE_TYPE}, payload
 * {@code {"interactionId", "customerId", "at", "revision", "kind"}}). Events carry ids and codes,
 * not the summary (which may hold personal data).
 */
public sealed interface InteractionEvent extends DomainEvent {
    /** The aggregate type of interaction events. */
    String AGGREGATE_TYPE = Interaction.ENTITY_TYPE;

    /** {@return the interaction} */
    InteractionId interactionId();

    /** {@return the interaction's customer} */
    CustomerId customerId();

    /** {@return the interaction's kind, as configured} */
    String kind();

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return interactionId().toString();
    }

    @Override
    default List<EventKey> keys() {
        return List.of(EventKey.of("interactionId", interactionId()), EventKey.of("customerId", customerId()));
    }

    @Override
    default Map<String, Object> attributes() {
        return Map.of("kind", kind());
    }

    /**
     * An interaction was logged.
     *
     * @param customerId the customer
     * @param interactionId the interaction
     * @param kind its kind
     * @param at when it was logged
     */
    record InteractionLogged(CustomerId customerId, InteractionId interactionId, String kind, Instant at)
            implements InteractionEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("InteractionLogged", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /**
     * An interaction was corrected.
     *
     * @param customerId the customer
     * @param interactionId the interaction
     * @param kind its kind after the correction
     * @param at when it was corrected
     */
    record InteractionCorrected(CustomerId customerId, InteractionId interactionId, String kind, Instant at)
            implements InteractionEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("InteractionCorrected", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /**
     * An interaction was deleted.
     *
     * @param customerId the customer
     * @param interactionId the interaction
     * @param kind the kind it had
     * @param at when it was deleted
     */
    record InteractionDeleted(CustomerId customerId, InteractionId interactionId, String kind, Instant at)
            implements InteractionEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("InteractionDeleted", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }
}
