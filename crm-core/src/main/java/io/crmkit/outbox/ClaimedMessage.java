package io.crmkit.outbox;

import io.crmkit.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A message a dispatcher has claimed for delivery. The claim is the proof of ownership that
 * {@link OutboxDelivery#markDelivered}, {@link OutboxDelivery#markRetry} and
 * {@link OutboxDelivery#markDead} check: they succeed only while the message is still claimed
 * by {@code dispatcherId} on attempt {@code attempt}.
 *
 * @param tenant the tenant the message belongs to
 * @param message the message
 * @param attempt which attempt this is, 1 for the first
 * @param dispatcherId who claimed it
 * @param leaseUntil until when the claim holds; after that another dispatcher may claim it again
 */
public record ClaimedMessage(TenantId tenant, OutboxMessage message, int attempt, String dispatcherId,
                             Instant leaseUntil) {

    /**
     * Checks the components.
     *
     * @param tenant see {@link #tenant()}
     * @param message see {@link #message()}
     * @param attempt see {@link #attempt()}
     * @param dispatcherId see {@link #dispatcherId()}
     * @param leaseUntil see {@link #leaseUntil()}
     */
    public ClaimedMessage {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(message, "message");
        OutboxLimits.checkDispatcherId(dispatcherId);
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1 but was " + attempt);
        }
    }
}
