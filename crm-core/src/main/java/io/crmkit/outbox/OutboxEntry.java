package io.crmkit.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message with its delivery state, as {@link Outbox#list} shows it.
 *
 * @param message the message
 * @param status where it is in its delivery
 * @param attempts how many times it has been claimed for delivery since it was appended or
 *                 last retried by an administrator
 * @param lastError what went wrong on the last failed attempt, if one failed
 * @param finishedAt when it was delivered or moved to {@link OutboxStatus#DEAD}; empty otherwise
 */
public record OutboxEntry(
        OutboxMessage message,
        OutboxStatus status,
        int attempts,
        Optional<String> lastError,
        Optional<Instant> finishedAt) {

    /**
     * Checks the components.
     *
     * @param message see {@link #message()}
     * @param status see {@link #status()}
     * @param attempts see {@link #attempts()}
     * @param lastError see {@link #lastError()}
     * @param finishedAt see {@link #finishedAt()}
     */
    public OutboxEntry {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative but was " + attempts);
        }
    }
}
