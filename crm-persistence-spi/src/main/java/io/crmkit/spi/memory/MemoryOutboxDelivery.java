package io.crmkit.spi.memory;

import io.crmkit.outbox.ClaimedMessage;
import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.outbox.OutboxLimits;
import io.crmkit.outbox.OutboxStatus;
import io.crmkit.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The in-memory outbox's delivery side. Every call holds the storage's lock, so a call is
 * atomic and serialised with every transaction: no two claims can take the same row.
 */
final class MemoryOutboxDelivery implements OutboxDelivery {
    /** Oldest available first (expired claims among them, by their available time), then tenant and id. */
    private static final Comparator<Candidate> CLAIM_ORDER = Comparator
            .comparing((Candidate c) -> c.row().message().availableAt())
            .thenComparing(c -> c.tenant().value())
            .thenComparing(c -> c.row().message().id().toString());

    private final ReentrantLock lock;
    private final Map<TenantId, Map<UUID, MemoryOutboxRow>> outboxes;

    /**
     * @param lock the storage's lock
     * @param outboxes every tenant's outbox rows, guarded by the lock
     */
    MemoryOutboxDelivery(ReentrantLock lock, Map<TenantId, Map<UUID, MemoryOutboxRow>> outboxes) {
        this.lock = lock;
        this.outboxes = outboxes;
    }

    private record Candidate(TenantId tenant, MemoryOutboxRow row) {
    }

    @Override
    public List<ClaimedMessage> claim(String dispatcherId, Instant now, Duration lease, int limit) {
        OutboxLimits.checkClaim(dispatcherId, now, lease, limit);
        Instant until = now.plus(lease);
        lock.lock();
        try {
            Map<TenantId, Map<UUID, MemoryOutboxRow>> all = outboxes;
            List<Candidate> due = new ArrayList<>();
            all.forEach((tenant, rows) -> rows.values().stream().filter(r -> r.claimable(now))
                    .forEach(r -> due.add(new Candidate(tenant, r))));
            List<ClaimedMessage> out = new ArrayList<>();
            due.stream().sorted(CLAIM_ORDER).limit(limit).forEach(c -> {
                MemoryOutboxRow claimed = c.row().claimed(dispatcherId, until);
                all.get(c.tenant()).put(claimed.message().id(), claimed);
                out.add(new ClaimedMessage(c.tenant(), claimed.message(), claimed.attempts(), dispatcherId, until));
            });
            return out;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean markDelivered(ClaimedMessage m, Instant at) {
        Objects.requireNonNull(at, "at");
        return mark(m, r -> r.finished(OutboxStatus.DELIVERED, Optional.of(at), r.lastError()));
    }

    @Override
    public boolean markRetry(ClaimedMessage m, Instant availableAt, String error) {
        Objects.requireNonNull(availableAt, "availableAt");
        String text = OutboxLimits.errorText(error);
        return mark(m, r -> r.pending(availableAt, r.attempts(), Optional.of(text)));
    }

    @Override
    public boolean markDead(ClaimedMessage m, Instant at, String error) {
        Objects.requireNonNull(at, "at");
        String text = OutboxLimits.errorText(error);
        return mark(m, r -> r.finished(OutboxStatus.DEAD, Optional.of(at), Optional.of(text)));
    }

    private boolean mark(ClaimedMessage m, Function<MemoryOutboxRow, MemoryOutboxRow> change) {
        lock.lock();
        try {
            Map<UUID, MemoryOutboxRow> rows = outboxes.get(m.tenant());
            MemoryOutboxRow r = rows == null ? null : rows.get(m.message().id());
            if (r == null || !r.claimedBy(m.dispatcherId(), m.attempt())) {
                return false;
            }
            rows.put(r.message().id(), change.apply(r));
            return true;
        } finally {
            lock.unlock();
        }
    }
}
