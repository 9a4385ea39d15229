package io.crmkit.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.customer.CustomerEvent;
import io.crmkit.followup.FollowUpEvent;
import io.crmkit.interaction.InteractionEvent;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.StorageException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes customer, follow-up and interaction events as outbox messages with a JSON payload:
 * {@code {"customerId": "…", "at": "…", …the event's attributes}} (follow-up events add
 * {@code "taskId"}). Jackson stays here, out of the event types. Every service that changes a
 * customer or a task writes its events through here.
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
        ObjectNode node = JSON.createObjectNode();
        node.put("customerId", event.customerId().toString());
        return message(node, id, "customer", event.customerId().toString(), event.type(), event.at(), event.attributes());
    }

    /**
     * The outbox message for a follow-up event.
     *
     * @param event the event
     * @param id the message's id
     * @return the message, aggregate type {@code followup}
     */
    public static OutboxMessage toMessage(FollowUpEvent event, UUID id) {
        ObjectNode node = JSON.createObjectNode();
        node.put("taskId", event.taskId().toString());
        node.put("customerId", event.customerId().toString());
        return message(node, id, "followup", event.taskId().toString(), event.type(), event.at(), event.attributes());
    }

    /**
     * The outbox message for an interaction event: {@code {"interactionId", "customerId", "at", "kind"}}.
     *
     * @param event the event
     * @param id the message's id
     * @return the message, aggregate type {@code interaction}
     */
    public static OutboxMessage toMessage(InteractionEvent event, UUID id) {
        ObjectNode node = JSON.createObjectNode();
        node.put("interactionId", event.interactionId().toString());
        node.put("customerId", event.customerId().toString());
        return message(node, id, "interaction", event.interactionId().toString(), event.type(), event.at(),
                Map.of("kind", event.kind()));
    }

    private static OutboxMessage message(ObjectNode node, UUID id, String aggregateType, String aggregateId, String type,
                                         java.time.Instant at, Map<String, Object> attributes) {
        node.put("at", at.toString());
        for (Map.Entry<String, Object> e : new TreeMap<>(attributes).entrySet()) {
            if (e.getValue() instanceof List<?> list) {
                ArrayNode array = node.putArray(e.getKey());
                list.forEach(item -> array.add(String.valueOf(item)));
            } else {
                node.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        try {
            return new OutboxMessage(id, aggregateType, aggregateId, type, JSON.writeValueAsString(node), at);
        } catch (JsonProcessingException e) {
            // Cannot happen for a tree of strings; surfaced as a typed failure all the same.
            throw new StorageException("could not write event " + type + " as JSON", e);
        }
    }
}
