package io.crmkit.notify;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One message to one recipient, rendered by the host's sender from a template.
 *
 * @param idempotencyKey the same for every delivery attempt of this message, so a sender can
 *                       drop duplicates (delivery is at-least-once)
 * @param channel how to deliver
 * @param recipient who, in the channel's terms (a user id, an address, a URL)
 * @param templateKey which template, e.g. {@code followup.reminder}
 * @param parameters the template's named parameters
 * @param locale the recipient's language
 */
public record Notification(
        UUID idempotencyKey,
        Channel channel,
        String recipient,
        String templateKey,
        Map<String, String> parameters,
        Locale locale) {

    /**
     * Checks and copies the components.
     *
     * @param idempotencyKey see {@link #idempotencyKey()}
     * @param channel see {@link #channel()}
     * @param recipient see {@link #recipient()}
     * @param templateKey see {@link #templateKey()}
     * @param parameters see {@link #parameters()}
     * @param locale see {@link #locale()}
     */
    public Notification {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(templateKey, "templateKey");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(locale, "locale");
    }
}
