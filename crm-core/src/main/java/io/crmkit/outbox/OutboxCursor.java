package io.crmkit.outbox;

import io.crmkit.shared.TimeAndId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The keyset position of an {@link Outbox#list} page: the time and id of its last message.
 * Messages are listed oldest first: by {@link OutboxMessage#occurredAt()}, then by id in text
 * order (the order SQL gives UUIDs). Adapters use it so that every storage's cursors agree.
 *
 * @param occurredAt the time of the last message of the page
 * @param id the id of that message
 */
public record OutboxCursor(Instant occurredAt, UUID id) {
    private static final String PATH = "page.after";

    /**
     * Checks the components.
     *
     * @param occurredAt see {@link #occurredAt()}
     * @param id see {@link #id()}
     */
    public OutboxCursor {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(id, "id");
    }

    /**
     * The position after a message.
     *
     * @param message the last message of a page
     * @return the position
     */
    public static OutboxCursor after(OutboxMessage message) {
        return new OutboxCursor(message.occurredAt(), message.id());
    }

    /**
     * Decodes a page token.
     *
     * @param token a {@link io.crmkit.shared.Page#next()} value of an outbox listing
     * @return the position
     * @throws io.crmkit.shared.ValidationException if the token is not such a value
     */
    public static OutboxCursor decode(String token) {
        TimeAndId p = TimeAndId.decode(token, PATH);
        return new OutboxCursor(p.at(), p.id());
    }

    /** {@return the page token} */
    public String encode() {
        return new TimeAndId(occurredAt, id).encode();
    }

    /**
     * Whether a message comes after this position, oldest first.
     *
     * @param message the message
     * @return {@code true} if it belongs on a later page
     */
    public boolean precedes(OutboxMessage message) {
        int cmp = message.occurredAt().compareTo(occurredAt);
        return cmp > 0 || cmp == 0 && message.id().toString().compareTo(id.toString()) > 0;
    }
}
