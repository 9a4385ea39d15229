package io.crmkit.kit.service;

import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.schedule.JobRuns;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.storage.TransactionalWork;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A storage that springs a trap at a chosen point of a job run: the n-th time a transaction
 * asks for the {@link JobRuns} port. A claim asks for the port once, and so does every page (to
 * record its progress), so the third ask is in the second page's transaction. The usual trap is
 * a crash of the host instance ({@link #crashingAt}): {@link SimulatedCrash}, an {@link Error}
 * crmkit does not catch, rolls the transaction back and leaves the run as a dead instance
 * leaves it, running, its lease to run out. Everything else is delegated.
 */
final class CrashingStorage implements Storage {
    private final Storage inner;
    private final int trapAt;
    private final Runnable trap;
    private final AtomicInteger asks = new AtomicInteger();

    /** The crash of the simulated instance. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash of a host instance");
        }
    }

    CrashingStorage(Storage inner, int trapAt, Runnable trap) {
        this.inner = inner;
        this.trapAt = trapAt;
        this.trap = trap;
    }

    /** {@return a storage whose instance dies at the n-th ask for the run port} */
    static CrashingStorage crashingAt(Storage inner, int ask) {
        return new CrashingStorage(inner, ask, () -> {
            throw new SimulatedCrash();
        });
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionalWork<T> work) {
        return inner.inTransaction(tenant, tx -> work.run(new StorageTransaction() {
            @Override
            public TenantId tenant() {
                return tx.tenant();
            }

            @Override
            public <P> P port(Class<P> type) {
                if (type == JobRuns.class && asks.incrementAndGet() == trapAt) {
                    trap.run();
                }
                return tx.port(type);
            }
        }));
    }

    @Override
    public OutboxDelivery outboxDelivery() {
        return inner.outboxDelivery();
    }

    @Override
    public Set<Class<?>> ports() {
        return inner.ports();
    }

    @Override
    public String name() {
        return inner.name();
    }

    /** Leaves the shared storage open: the kit never closes it. */
    @Override
    public void close() {
    }
}
