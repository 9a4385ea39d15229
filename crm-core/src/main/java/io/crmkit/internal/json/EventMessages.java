package io.crmkit.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.event.DomainEvent;
import io.crmkit.event.EventKey;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.StorageException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes any domain event as an outbox message: the event's published name as the message's
 * event type, its aggregate type and id, and a JSON payload
 * {@code {…the keys in order, "at": "…", "revision": 1, …the attributes sorted by name}}, e.g.
 * {@code {"customerId":"…","at":"…","revision":1,"lifecycleStatus":"prospect","owner":"u-1"}}.
 * Every service writes its events through here.
 */
public final class EventMessages {
    /** The payload field of the event's time. */
    public static final String AT = "at";
    /** The payload field of the event's revision. */
    public static final String REVISION = "revision";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventMessages() {
    }

    /**
     * The outbox message for an event, due at once.
     *
     * @param event the event
     * @param id the message's id
     * @return the message
     * @throws IllegalArgumentException if a key or an attribute is named {@value #AT} or
     *                                  {@value #REVISION}, or two keys share a name
     */
    public static OutboxMessage toMessage(DomainEvent event, UUID id) {
        return new OutboxMessage(id, event.aggregateType(), event.aggregateId(), event.eventType().name(), payload(event),
                event.at());
    }

    /**
     * The JSON payload of an event.
     *
     * @param event the event
     * @return the payload
     * @throws IllegalArgumentException if a key or an attribute is named {@value #AT} or
     *                                  {@value #REVISION}, or two fields share a name
     */
    public static String payload(DomainEvent event) {
        ObjectNode node = JSON.createObjectNode();
        for (EventKey key : event.keys()) {
            put(node, key.name(), key.value(), event);
        }
        node.put(AT, event.at().toString());
        node.put(REVISION, event.eventType().revision());
        for (Map.Entry<String, Object> e : new TreeMap<>(event.attributes()).entrySet()) {
            put(node, e.getKey(), e.getValue(), event);
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // Cannot happen for a tree of strings; surfaced as a typed failure all the same.
            throw new StorageException("could not write event " + event.eventType().name() + " as JSON", e);
        }
    }

    private static void put(ObjectNode node, String name, Object value, DomainEvent event) {
        if (node.has(name) || name.equals(AT) || name.equals(REVISION)) {
            throw new IllegalArgumentException("event " + event.eventType().name() + " has a second field '" + name + "'");
        }
        if (value instanceof List<?> list) {
            ArrayNode array = node.putArray(name);
            list.forEach(item -> array.add(String.valueOf(item)));
        } else {
            node.put(name, String.valueOf(value));
        }
    }
}
