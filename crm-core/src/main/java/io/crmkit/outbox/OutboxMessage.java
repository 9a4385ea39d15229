package io.crmkit.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A message waiting in the outbox: a domain event, or a notification to deliver through the
 * host's sender (see {@link io.crmkit.notify.json.NotificationMessages}).
 *
 * @param id the message's id; also its idempotency key for receivers
 * @param aggregateType the kind of record the message is about, e.g. {@code "customer"}
 * @param aggregateId the id of that record
 * @param eventType the event's published name, e.g. {@code "CustomerCreated"} (a domain event's
 *                  {@code EventType} name; its revision is the payload's {@code "revision"})
 * @param payload the message as a JSON object
 * @param occurredAt when the event happened
 * @param availableAt when the message may be delivered, at the earliest (a reminder waits
 *                    in the outbox until then)
 * @param reference a correlation key such as {@code followup:<taskId>}, 1 to
 *                  {@value OutboxLimits#MAX_REFERENCE_LENGTH} characters, by which
 *                  {@link Outbox#cancelPending(String)} finds the messages of one cause
 */
public record OutboxMessage(
        UUID id,
        String aggregateType,
        String aggregateId,
        String eventType,
        String payload,
        Instant occurredAt,
        Instant availableAt,
        Optional<String> reference) {

    /**
     * Checks the components.
     *
     * @param id see {@link #id()}
     * @param aggregateType see {@link #aggregateType()}
     * @param aggregateId see {@link #aggregateId()}
     * @param eventType see {@link #eventType()}
     * @param payload see {@link #payload()}
     * @param occurredAt see {@link #occurredAt()}
     * @param availableAt see {@link #availableAt()}
     * @param reference see {@link #reference()}
     * @throws IllegalArgumentException if the reference is empty or longer than
     *                                  {@value OutboxLimits#MAX_REFERENCE_LENGTH} characters
     */
    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(availableAt, "availableAt");
        Objects.requireNonNull(reference, "reference");
        reference.ifPresent(OutboxLimits::checkReference);
    }

    /**
     * A message due at once, without a reference: available when it occurred.
     *
     * @param id see {@link #id()}
     * @param aggregateType see {@link #aggregateType()}
     * @param aggregateId see {@link #aggregateId()}
     * @param eventType see {@link #eventType()}
     * @param payload see {@link #payload()}
     * @param occurredAt see {@link #occurredAt()}; also {@link #availableAt()}
     */
    public OutboxMessage(UUID id, String aggregateType, String aggregateId, String eventType, String payload,
                         Instant occurredAt) {
        this(id, aggregateType, aggregateId, eventType, payload, occurredAt, occurredAt, Optional.empty());
    }
}
