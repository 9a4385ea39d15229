package io.crmkit.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A domain event waiting in the outbox.
 *
 * @param id the message's id; also its idempotency key for receivers
 * @param aggregateType the kind of record the event is about, e.g. {@code "customer"}
 * @param aggregateId the id of that record
 * @param eventType the event's name, e.g. {@code "CustomerCreated"}
 * @param payload the event as a JSON object
 * @param occurredAt when the event happened
 */
public record OutboxMessage(
        UUID id,
        String aggregateType,
        String aggregateId,
        String eventType,
        String payload,
        Instant occurredAt) {

    /**
     * Checks the components.
     *
     * @param id see {@link #id()}
     * @param aggregateType see {@link #aggregateType()}
     * @param aggregateId see {@link #aggregateId()}
     * @param eventType see {@link #eventType()}
     * @param payload see {@link #payload()}
     * @param occurredAt see {@link #occurredAt()}
     */
    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
