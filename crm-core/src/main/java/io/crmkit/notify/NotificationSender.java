package io.crmkit.notify;

/**
 * The port a host implements to deliver notifications through its own channels. crmkit
 * calls it from the outbox dispatcher, after the transaction that produced the message has
 * committed; a sender that throws makes the message be retried later.
 *
 * <p>Implementations must be thread-safe and should use
 * {@link Notification#idempotencyKey()} to drop duplicates.
 */
@FunctionalInterface
public interface NotificationSender {

    /**
     * Delivers one notification.
     *
     * @param notification the message
     * @throws RuntimeException any failure; the message is retried
     */
    void send(Notification notification);

    /**
     * A sender for deployments that send nothing: it refuses every message, so that a
     * message is never silently dropped — it stays in the outbox until a real sender runs.
     *
     * @return the sender
     */
    static NotificationSender none() {
        return n -> {
            throw new NoSenderConfiguredException(n.channel());
        };
    }
}
