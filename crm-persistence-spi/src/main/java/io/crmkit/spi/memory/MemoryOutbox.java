package io.crmkit.spi.memory;

import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxCursor;
import io.crmkit.outbox.OutboxEntry;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.outbox.OutboxStatus;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The in-memory outbox of one tenant, seen through one transaction. */
final class MemoryOutbox implements Outbox {
    // UUIDs compare by their text form: that equals the unsigned byte order SQL databases
    // use, whereas UUID.compareTo compares signed longs.
    static final Comparator<OutboxMessage> OLDEST_FIRST = Comparator.comparing(OutboxMessage::occurredAt)
            .thenComparing(m -> m.id().toString());

    private final Map<UUID, MemoryOutboxRow> rows;
    private final Deque<Runnable> undo;
    private final Runnable checkOpen;

    MemoryOutbox(Map<UUID, MemoryOutboxRow> rows, Deque<Runnable> undo, Runnable checkOpen) {
        this.rows = rows;
        this.undo = undo;
        this.checkOpen = checkOpen;
    }

    @Override
    public void append(OutboxMessage message) {
        checkOpen.run();
        if (rows.containsKey(message.id())) {
            throw ConflictException.alreadyExists("outbox message", message.id().toString());
        }
        rows.put(message.id(), MemoryOutboxRow.appended(message));
        undo.push(() -> rows.remove(message.id()));
    }

    @Override
    public List<OutboxMessage> pending(int limit) {
        checkOpen.run();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        return rows.values().stream().filter(r -> r.status() == OutboxStatus.PENDING).map(MemoryOutboxRow::message)
                .sorted(OLDEST_FIRST).limit(limit).toList();
    }

    @Override
    public int cancelPending(String reference) {
        checkOpen.run();
        Objects.requireNonNull(reference, "reference");
        List<MemoryOutboxRow> matching = rows.values().stream()
                .filter(r -> r.status() == OutboxStatus.PENDING && r.message().reference().equals(Optional.of(reference)))
                .toList();
        for (MemoryOutboxRow r : matching) {
            replace(r, r.finished(OutboxStatus.CANCELLED, Optional.empty(), r.lastError()));
        }
        return matching.size();
    }

    @Override
    public Page<OutboxEntry> list(OutboxStatus status, PageRequest page) {
        checkOpen.run();
        Objects.requireNonNull(status, "status");
        Optional<OutboxCursor> after = page.after().map(OutboxCursor::decode);
        List<OutboxEntry> matching = rows.values().stream()
                .filter(r -> r.status() == status)
                .filter(r -> after.map(p -> p.precedes(r.message())).orElse(true))
                .map(MemoryOutboxRow::entry)
                .sorted(Comparator.comparing(OutboxEntry::message, OLDEST_FIRST))
                .limit(page.size() + 1L)
                .toList();
        return Page.ofLookahead(matching, page.size(), e -> OutboxCursor.after(e.message()).encode());
    }

    @Override
    public boolean retry(UUID id, Instant availableAt) {
        checkOpen.run();
        Objects.requireNonNull(availableAt, "availableAt");
        MemoryOutboxRow r = rows.get(id);
        if (r == null || r.status() != OutboxStatus.DEAD) {
            return false;
        }
        replace(r, r.pending(availableAt, 0, r.lastError()));
        return true;
    }

    private void replace(MemoryOutboxRow before, MemoryOutboxRow after) {
        UUID id = before.message().id();
        rows.put(id, after);
        undo.push(() -> rows.put(id, before));
    }
}
