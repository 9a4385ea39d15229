package io.crmkit.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.customer.CustomerEvent;
import io.crmkit.interaction.InteractionEvent;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.StorageException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes customer and interaction events (and other services' outbox messages) as outbox messages with a JSON payload:
 * {@code {"customerId": "…", "at": "…", …the event's attributes}}. Jackson stays here, out of
 * the event types. Every service that changes a customer writes its events through here.
 */
public final class EventPayloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventPayloads() {
    }

    /**
     * The outbox message for a customer event.
     *
     * @param event the event
     * @param id the message's id
     * @return the message, aggregate type {@code customer}
     */
    public static OutboxMessage toMessage(CustomerEvent event, UUID id) {
        Map<String, Object> attributes = new TreeMap<>(event.attributes());
        attributes.put("customerId", event.customerId().toString());
        return message(id, "customer", event.customerId().toString(), event.type(), event.at(), attributes);
    }

    /**
     * The outbox message for an interaction event, aggregate type {@code interaction}:
     * {@code {"at", "customerId", "interactionId", "kind"}}.
     *
     * @param event the event
     * @param id the message's id
     * @return the message
     */
    public static OutboxMessage toMessage(InteractionEvent event, UUID id) {
        return message(id, "interaction", event.interactionId().toString(), event.type(), event.at(), Map.of(
                "customerId", event.customerId().toString(), "interactionId", event.interactionId().toString(),
                "kind", event.kind()));
    }

    /**
     * An outbox message with a JSON payload of {@code at} followed by the attributes in key order
     * (a list attribute becomes an array of texts, anything else a text).
     *
     * @param id the message's id
     * @param aggregateType the kind of record the event is about
     * @param aggregateId its id
     * @param eventType the event's name
     * @param at when it happened
     * @param attributes the event's data
     * @return the message
     */
    public static OutboxMessage message(UUID id, String aggregateType, String aggregateId, String eventType, Instant at,
                                        Map<String, Object> attributes) {
        ObjectNode node = JSON.createObjectNode();
        Map<String, Object> sorted = new TreeMap<>(attributes);
        // customerId first, as the customer events have always written it.
        Object customer = sorted.remove("customerId");
        if (customer != null) {
            node.put("customerId", String.valueOf(customer));
        }
        node.put("at", at.toString());
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            if (e.getValue() instanceof List<?> list) {
                ArrayNode array = node.putArray(e.getKey());
                list.forEach(item -> array.add(String.valueOf(item)));
            } else {
                node.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        try {
            return new OutboxMessage(id, aggregateType, aggregateId, eventType, JSON.writeValueAsString(node), at);
        } catch (JsonProcessingException e) {
            // Cannot happen for a tree of strings; surfaced as a typed failure all the same.
            throw new StorageException("could not write event " + eventType + " as JSON", e);
        }
    }
}
