package io.crmkit.storage;

import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.shared.TenantId;
import java.util.Set;

/**
 * The storage a host plugs into crmkit: in memory, a relational database, or its own.
 * Every unit of work runs in one transaction scoped to one tenant; repositories obtained in
 * it see and change only that tenant's data.
 *
 * <p>Implementations are thread-safe. Adapter authors verify theirs with the compatibility kit
 * ({@code crm-compatibility-kit}: one subclass of {@code StorageCompatibilityKit}).
 */
public interface Storage extends AutoCloseable {

    /**
     * Runs work in one transaction. If the work returns, the transaction commits; if it
     * throws, everything it wrote is rolled back and the exception is rethrown unchanged.
     *
     * @param tenant the tenant all reads and writes are scoped to
     * @param work the work
     * @param <T> the result type
     * @return what the work returned
     * @throws io.crmkit.shared.StorageException if the store fails
     */
    <T> T inTransaction(TenantId tenant, TransactionalWork<T> work);

    /**
     * The outbox's delivery side, across all tenants, for dispatchers. Each of its calls runs
     * in a short transaction of its own (not inside {@link #inTransaction}).
     *
     * @return the delivery port; thread-safe
     */
    OutboxDelivery outboxDelivery();

    /**
     * The ports this storage's transactions offer through {@link StorageTransaction#port(Class)}:
     * the interfaces, e.g. {@code Customers.class}. {@code Crm} checks at build time that every
     * port its features need is here.
     *
     * @return the port interfaces; never {@code null}, unmodifiable
     */
    Set<Class<?>> ports();

    /** {@return a short name for logs, e.g. {@code "h2"} or {@code "memory"}} */
    String name();

    /** Releases the storage's resources (connection pools, files). Idempotent. */
    @Override
    void close();
}
