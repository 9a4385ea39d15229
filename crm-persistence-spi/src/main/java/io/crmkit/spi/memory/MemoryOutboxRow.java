package io.crmkit.spi.memory;

import io.crmkit.outbox.OutboxEntry;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.outbox.OutboxStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * One outbox message with its delivery state, as the in-memory storage keeps it. Immutable:
 * a change replaces the row, so undoing it puts the old row back.
 */
record MemoryOutboxRow(
        OutboxMessage message,
        OutboxStatus status,
        int attempts,
        Optional<String> lastError,
        Optional<Instant> finishedAt,
        Optional<String> claimedBy,
        Optional<Instant> claimedUntil) {

    static MemoryOutboxRow appended(OutboxMessage message) {
        return new MemoryOutboxRow(message, OutboxStatus.PENDING, 0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    OutboxEntry entry() {
        return new OutboxEntry(message, status, attempts, lastError, finishedAt);
    }

    /** Whether a claim at {@code now} may take this row. */
    boolean claimable(Instant now) {
        return status == OutboxStatus.PENDING && !message.availableAt().isAfter(now)
                || status == OutboxStatus.CLAIMED && claimedUntil.filter(until -> !until.isAfter(now)).isPresent();
    }

    /** Whether the row is still claimed by that dispatcher on that attempt. */
    boolean claimedBy(String dispatcherId, int attempt) {
        return status == OutboxStatus.CLAIMED && attempts == attempt && claimedBy.filter(dispatcherId::equals).isPresent();
    }

    MemoryOutboxRow claimed(String dispatcherId, Instant until) {
        return new MemoryOutboxRow(message, OutboxStatus.CLAIMED, attempts + 1, lastError, finishedAt,
                Optional.of(dispatcherId), Optional.of(until));
    }

    /** Back to {@code PENDING}, due at a time, with the given attempt count and last error. */
    MemoryOutboxRow pending(Instant availableAt, int attemptCount, Optional<String> error) {
        OutboxMessage m = message;
        OutboxMessage moved = new OutboxMessage(m.id(), m.aggregateType(), m.aggregateId(), m.eventType(), m.payload(),
                m.occurredAt(), availableAt, m.reference());
        return new MemoryOutboxRow(moved, OutboxStatus.PENDING, attemptCount, error, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A final state: delivered, dead or cancelled. */
    MemoryOutboxRow finished(OutboxStatus to, Optional<Instant> at, Optional<String> error) {
        return new MemoryOutboxRow(message, to, attempts, error, at, Optional.empty(), Optional.empty());
    }
}
