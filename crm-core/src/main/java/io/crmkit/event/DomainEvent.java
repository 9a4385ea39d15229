package io.crmkit.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something that happened in crmkit, written to the outbox in the same transaction as the
 * change. Every event record of every feature implements this; one writer turns any of them
 * into an outbox message ({@code io.crmkit.internal.json.EventMessages}). Events carry ids and
 * codes, not personal data: a consumer that needs details reads them through the services,
 * under its own access checks.
 *
 * <p>Each event record declares its published type as a constant, {@code public static final
 * EventType TYPE}, and returns it from {@link #eventType()}; names are never derived from the
 * Java class. {@code docs/events.md} lists every published event with its fields.
 *
 * <p>The payload is a JSON object: the {@link #keys()} in order, then {@code "at"} (ISO-8601),
 * then {@code "revision"} (a number), then the {@link #attributes()} sorted by name.
 */
public interface DomainEvent {

    /** {@return the published name and revision} */
    EventType eventType();

    /** {@return the kind of record the event is about, e.g. {@code customer}} */
    String aggregateType();

    /** {@return the id of that record as text} */
    String aggregateId();

    /** {@return when it happened} */
    Instant at();

    /** {@return the ids the payload starts with, in order: the aggregate's first} */
    List<EventKey> keys();

    /**
     * The event's data beyond its ids and time, for its JSON form.
     *
     * @return the attributes by name; each value is text or a list of texts
     */
    Map<String, Object> attributes();
}
