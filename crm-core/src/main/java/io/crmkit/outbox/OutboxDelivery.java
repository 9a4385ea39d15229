package io.crmkit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The delivery side of the outbox, across all tenants: what a dispatcher uses to claim due
 * messages and record how delivering them went. Obtained from
 * {@link io.crmkit.storage.Storage#outboxDelivery()}; every call runs in a short transaction of
 * its own, so a claim is visible to every other dispatcher as soon as the call returns.
 *
 * <p>Claims are leases. Several dispatchers (threads or host instances) may claim at once and
 * never get the same message while its lease holds; a dispatcher that dies leaves its claims
 * to expire, and the messages are claimed again (delivery is at-least-once). Every mark is
 * conditional on the claim still being the caller's: if the lease ran out and another
 * dispatcher claimed the message, the mark changes nothing and returns {@code false}.
 *
 * <p>Implementations are thread-safe.
 */
public interface OutboxDelivery {

    /**
     * Claims due messages: {@link OutboxStatus#PENDING} ones whose
     * {@link OutboxMessage#availableAt()} is at or before {@code now}, and
     * {@link OutboxStatus#CLAIMED} ones whose lease ended at or before {@code now}, oldest
     * {@link OutboxMessage#availableAt() available} first (then by tenant and id). Each claimed message
     * becomes {@code CLAIMED} by {@code dispatcherId} until {@code now + lease}, its attempt
     * count one higher. Messages locked by a concurrent claim are skipped, not waited for.
     *
     * @param dispatcherId who claims, 1 to {@value OutboxLimits#MAX_DISPATCHER_ID_LENGTH} characters
     * @param now the current time
     * @param lease how long the claim holds; positive
     * @param limit the most messages to claim, at least 1
     * @return the claimed messages, possibly none
     * @throws io.crmkit.shared.StorageException if the store fails (nothing is claimed then)
     */
    List<ClaimedMessage> claim(String dispatcherId, Instant now, Duration lease, int limit);

    /**
     * Records that a claimed message was delivered: it becomes {@link OutboxStatus#DELIVERED}.
     *
     * @param message the claim
     * @param at when it was delivered
     * @return {@code false} if the claim was no longer the caller's (nothing changed)
     */
    boolean markDelivered(ClaimedMessage message, Instant at);

    /**
     * Records that several claimed messages were delivered, as {@link #markDelivered(ClaimedMessage,
     * Instant)} does for each, in one transaction where the store allows (this default marks
     * them one by one; adapters override it to save round trips).
     *
     * @param messages the claims
     * @param at when they were delivered
     * @return how many were still the caller's and are marked now; the others changed nothing
     */
    default int markDelivered(List<ClaimedMessage> messages, Instant at) {
        int marked = 0;
        for (ClaimedMessage m : messages) {
            if (markDelivered(m, at)) {
                marked++;
            }
        }
        return marked;
    }

    /**
     * Records a failed attempt to be retried: the message becomes {@link OutboxStatus#PENDING}
     * again, due at {@code availableAt}, keeping its attempt count and the error.
     *
     * @param message the claim
     * @param availableAt when to try again
     * @param error what went wrong, without personal data; the adapter cuts it with {@link OutboxLimits#errorText(String)}
     * @return {@code false} if the claim was no longer the caller's (nothing changed)
     */
    boolean markRetry(ClaimedMessage message, Instant availableAt, String error);

    /**
     * Records that a message has failed for the last time: it becomes {@link OutboxStatus#DEAD}
     * with the error, kept and listable until an administrator {@link Outbox#retry retries} it.
     *
     * @param message the claim
     * @param at when it was given up
     * @param error what went wrong, without personal data; the adapter cuts it with {@link OutboxLimits#errorText(String)}
     * @return {@code false} if the claim was no longer the caller's (nothing changed)
     */
    boolean markDead(ClaimedMessage message, Instant at, String error);
}
