package io.crmkit.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.customer.CustomerEvent;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.StorageException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes customer events as outbox messages with a JSON payload:
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
        ObjectNode node = JSON.createObjectNode();
        node.put("customerId", event.customerId().toString());
        node.put("at", event.at().toString());
        for (Map.Entry<String, Object> e : new TreeMap<>(event.attributes()).entrySet()) {
            if (e.getValue() instanceof List<?> list) {
                ArrayNode array = node.putArray(e.getKey());
                list.forEach(item -> array.add(String.valueOf(item)));
            } else {
                node.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        try {
            return new OutboxMessage(id, "customer", event.customerId().toString(), event.type(),
                    JSON.writeValueAsString(node), event.at());
        } catch (JsonProcessingException e) {
            // Cannot happen for a tree of strings; surfaced as a typed failure all the same.
            throw new StorageException("could not write event " + event.type() + " as JSON", e);
        }
    }
}
