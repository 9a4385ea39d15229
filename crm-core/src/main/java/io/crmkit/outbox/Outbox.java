package io.crmkit.outbox;

import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Storage port for the outbox, bound to one tenant and one transaction. Messages appended
 * in a transaction that rolls back are gone with it; so are cancellations and retries.
 *
 * <p>Delivery itself (claiming due messages of every tenant, marking them delivered, retried
 * or dead) goes through {@link OutboxDelivery}, outside the tenant's transactions.
 */
public interface Outbox {

    /**
     * Appends a message as {@link OutboxStatus#PENDING} with no attempts, due at its
     * {@link OutboxMessage#availableAt()}.
     *
     * @param message the message
     * @throws io.crmkit.shared.ConflictException if a message with that id is in the tenant's
     *         outbox; an adapter that sends a transaction's writes together may raise it later in
     *         the transaction, at the latest when the work ends (it then rolls back whole)
     */
    void append(OutboxMessage message);

    /**
     * The oldest {@link OutboxStatus#PENDING} messages of the tenant (scheduled ones
     * included), by {@link OutboxMessage#occurredAt()} then id in text order.
     *
     * @param limit the most to return, at least 1
     * @return the messages
     */
    List<OutboxMessage> pending(int limit);

    /**
     * Cancels the tenant's {@link OutboxStatus#PENDING} messages with a reference: they become
     * {@link OutboxStatus#CANCELLED} and are never delivered. Messages already claimed,
     * delivered or dead are left as they are.
     *
     * @param reference the reference, as in {@link OutboxMessage#reference()}
     * @return how many messages were cancelled
     */
    int cancelPending(String reference);

    /**
     * The tenant's messages in one status, oldest first ({@link OutboxMessage#occurredAt()}, then
     * id in text order), keyset paged with {@link OutboxCursor} tokens.
     *
     * @param status the status
     * @param page which page
     * @return the page
     * @throws io.crmkit.shared.ValidationException if the page's cursor is not one this listing handed out
     */
    Page<OutboxEntry> list(OutboxStatus status, PageRequest page);

    /**
     * Gives a {@link OutboxStatus#DEAD} message another chance: it becomes
     * {@link OutboxStatus#PENDING} with no attempts, due at {@code availableAt}. Its last error
     * is kept until the next attempt.
     *
     * @param id the message's id
     * @param availableAt when it may be delivered again
     * @return {@code false} if the tenant has no such message or it is not dead
     */
    boolean retry(UUID id, Instant availableAt);
}
