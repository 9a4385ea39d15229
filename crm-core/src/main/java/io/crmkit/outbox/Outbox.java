package io.crmkit.outbox;

import java.util.List;

/**
 * Storage port for the outbox, bound to one tenant and one transaction. Messages appended
 * in a transaction that rolls back are gone with it.
 */
public interface Outbox {

    /**
     * Appends a message.
     *
     * @param message the message
     */
    void append(OutboxMessage message);

    /**
     * The oldest undelivered messages of the tenant, by time then id.
     *
     * @param limit the most to return, at least 1
     * @return the messages
     */
    List<OutboxMessage> pending(int limit);
}
