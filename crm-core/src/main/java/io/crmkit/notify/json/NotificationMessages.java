package io.crmkit.notify.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.notify.Channel;
import io.crmkit.notify.Notification;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Notifications as outbox messages, so that they are written in the transaction that decided
 * to send them and delivered afterwards, at least once, by the outbox dispatcher.
 *
 * <p>The message: id = {@link Notification#idempotencyKey()}; aggregate type
 * {@value #AGGREGATE_TYPE}; aggregate id = the recipient when it has at most
 * {@value #MAX_AGGREGATE_ID} characters, otherwise {@code h:} followed by the URL-safe Base64
 * SHA-256 of its UTF-8 bytes (the column is 64 characters; the full recipient is always in the
 * payload); event type = the template key; payload =
 * {@code {"channel":…,"recipient":…,"templateKey":…,"parameters":{…sorted by name},"locale":"zh-CN"}}.
 */
public final class NotificationMessages {
    /** The aggregate type of every notification message. */
    public static final String AGGREGATE_TYPE = "notification";
    /** The longest recipient kept as the aggregate id as it is. */
    public static final int MAX_AGGREGATE_ID = 64;
    /** The longest template key (it is the message's event type). */
    public static final int MAX_TEMPLATE_KEY = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    private NotificationMessages() {
    }

    /**
     * The outbox message for a notification.
     *
     * @param n the notification
     * @param occurredAt when it was decided
     * @param availableAt when it may be delivered, at the earliest (e.g. a reminder's due time)
     * @param reference a correlation key, e.g. {@code followup:<taskId>}, by which the message can be cancelled
     * @return the message
     * @throws IllegalArgumentException if the template key is longer than {@value #MAX_TEMPLATE_KEY}
     *                                  characters, or the reference is invalid
     */
    public static OutboxMessage toMessage(Notification n, Instant occurredAt, Instant availableAt,
                                          Optional<String> reference) {
        if (n.templateKey().length() > MAX_TEMPLATE_KEY) {
            throw new IllegalArgumentException("a template key has at most " + MAX_TEMPLATE_KEY + " characters, but '"
                    + n.templateKey() + "' has " + n.templateKey().length());
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("channel", n.channel().name());
        node.put("recipient", n.recipient());
        node.put("templateKey", n.templateKey());
        ObjectNode parameters = node.putObject("parameters");
        new TreeMap<>(n.parameters()).forEach(parameters::put);
        node.put("locale", n.locale().toLanguageTag());
        String payload;
        try {
            payload = JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // Cannot happen for a tree of strings.
            throw new IllegalStateException("could not write a notification as JSON", e);
        }
        return new OutboxMessage(n.idempotencyKey(), AGGREGATE_TYPE, aggregateId(n.recipient()), n.templateKey(),
                payload, occurredAt, availableAt, reference);
    }

    /**
     * The notification an outbox message carries.
     *
     * @param m the message
     * @return the notification, or empty if the message is not a notification (a domain event)
     * @throws IllegalArgumentException if it is a notification message whose payload is not one
     */
    public static Optional<Notification> fromMessage(OutboxMessage m) {
        if (!AGGREGATE_TYPE.equals(m.aggregateType())) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(m.payload());
            Map<String, String> parameters = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.path("parameters").properties()) {
                parameters.put(e.getKey(), e.getValue().asText());
            }
            return Optional.of(new Notification(m.id(), new Channel(text(m, node, "channel")),
                    text(m, node, "recipient"), text(m, node, "templateKey"), parameters,
                    Locale.forLanguageTag(text(m, node, "locale"))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("outbox message " + m.id() + " is not a notification's JSON", e);
        } catch (ValidationException e) {
            // A stored message is not input: a channel it cannot hold means the payload is broken.
            throw new IllegalArgumentException("notification message " + m.id() + " has no valid channel", e);
        }
    }

    private static String text(OutboxMessage m, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("notification message " + m.id() + " lacks its '" + field + "'");
        }
        return value.asText();
    }

    private static String aggregateId(String recipient) {
        if (recipient.length() <= MAX_AGGREGATE_ID) {
            return recipient;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(recipient.getBytes(StandardCharsets.UTF_8));
            return "h:" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
