package io.crmkit.kit;

import io.crmkit.outbox.ClaimedMessage;
import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.shared.StorageException;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import io.crmkit.storage.TransactionalWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A storage whose outbox marks fail for a while, as a store that goes away in the middle of a
 * batch would: for adapters without connections to break (the in-memory one), the reliability
 * contract runs its "connection closed" case through this. Everything else is delegated.
 */
final class OutageStorage implements Storage {
    private final Storage inner;
    private final AtomicInteger failingMarks = new AtomicInteger();

    OutageStorage(Storage inner) {
        this.inner = inner;
    }

    /** Makes the next few marks fail with a {@link StorageException}; recording resumes after them. */
    void fail(int marks) {
        failingMarks.set(marks);
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionalWork<T> work) {
        return inner.inTransaction(tenant, work);
    }

    @Override
    public OutboxDelivery outboxDelivery() {
        OutboxDelivery delivery = inner.outboxDelivery();
        return new OutboxDelivery() {
            @Override
            public List<ClaimedMessage> claim(String dispatcherId, Instant now, Duration lease, int limit) {
                return delivery.claim(dispatcherId, now, lease, limit);
            }

            @Override
            public boolean markDelivered(ClaimedMessage message, Instant at) {
                down();
                return delivery.markDelivered(message, at);
            }

            @Override
            public boolean markRetry(ClaimedMessage message, Instant availableAt, String error) {
                down();
                return delivery.markRetry(message, availableAt, error);
            }

            @Override
            public boolean markDead(ClaimedMessage message, Instant at, String error) {
                down();
                return delivery.markDead(message, at, error);
            }
        };
    }

    private void down() {
        if (failingMarks.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new StorageException("the store is unreachable (simulated outage)");
        }
    }

    @Override
    public Set<Class<?>> ports() {
        return inner.ports();
    }

    @Override
    public String name() {
        return inner.name() + " with outages";
    }

    @Override
    public void close() {
        // The contract never closes the storage under test.
    }
}
