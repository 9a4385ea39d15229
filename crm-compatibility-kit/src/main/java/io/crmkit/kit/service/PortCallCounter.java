package io.crmkit.kit.service;

import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.storage.TransactionalWork;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A storage that counts the calls crmkit makes on its ports, for contracts that bound the
 * number of storage calls of an operation (each port call is at least one round trip to a
 * database). Every call is passed on to the storage under test unchanged.
 */
final class PortCallCounter implements Storage {
    private final Storage storage;
    private final AtomicInteger calls = new AtomicInteger();

    PortCallCounter(Storage storage) {
        this.storage = storage;
    }

    /** {@return the port calls counted since the last reset} */
    int calls() {
        return calls.get();
    }

    void reset() {
        calls.set(0);
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionalWork<T> work) {
        return storage.inTransaction(tenant, tx -> work.run(new Counted(tx)));
    }

    @Override
    public OutboxDelivery outboxDelivery() {
        return storage.outboxDelivery();
    }

    @Override
    public Set<Class<?>> ports() {
        return storage.ports();
    }

    @Override
    public String name() {
        return storage.name();
    }

    /** Leaves the storage under test open: the contract does not own it. */
    @Override
    public void close() {
    }

    private final class Counted implements StorageTransaction {
        private final StorageTransaction tx;

        Counted(StorageTransaction tx) {
            this.tx = tx;
        }

        @Override
        public TenantId tenant() {
            return tx.tenant();
        }

        @Override
        public <P> P port(Class<P> type) {
            P real = tx.port(type);
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> call(real, method, args)));
        }

        private Object call(Object real, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() != Object.class) {
                calls.incrementAndGet();
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
