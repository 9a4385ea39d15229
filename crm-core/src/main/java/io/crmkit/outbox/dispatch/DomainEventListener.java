package io.crmkit.outbox.dispatch;

import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The port a host implements to receive crmkit's domain events (customer created, owner
 * changed, …) after the transaction that produced them committed. Called by the outbox
 * dispatcher; an exception makes the event be retried with back-off, like a notification.
 *
 * <p>The message's {@link OutboxMessage#eventType()} is the event's published name and its
 * payload carries the revision as {@code "revision"}; {@code docs/events.md} lists every event
 * and its fields.
 *
 * <p>Delivery is at-least-once: use {@link OutboxMessage#id()} to drop duplicates.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface DomainEventListener {

    /**
     * Receives one event.
     *
     * @param tenant the tenant it happened in
     * @param event the event, its payload as JSON
     * @throws RuntimeException any failure; the event is retried
     */
    void onEvent(TenantId tenant, OutboxMessage event);

    /**
     * The default: acknowledges every event without acting on it, logging it at DEBUG (id and
     * type, no payload). Events are facts a host may or may not care about; a host that does
     * not listen should not see its outbox fill with undeliverable events, so unlike
     * notifications (see {@link io.crmkit.notify.NotificationSender#none()}), events are not
     * held back when no listener is wired.
     *
     * @return the listener
     */
    static DomainEventListener acknowledging() {
        Logger log = LoggerFactory.getLogger(DomainEventListener.class);
        return (tenant, event) -> log.debug("outbox event {} ({}) acknowledged without a listener", event.id(),
                event.eventType());
    }
}
