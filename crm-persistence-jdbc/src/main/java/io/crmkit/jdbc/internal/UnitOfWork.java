package io.crmkit.jdbc.internal;

import io.crmkit.jdbc.JdbcStorage;
import java.sql.Connection;

/**
 * Work on one connection inside one transaction that {@link JdbcStorage} begins and ends.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface UnitOfWork<T> {

    /**
     * Does the work.
     *
     * @param connection the transaction's connection
     * @param dialect the database's dialect
     * @return the result
     */
    T run(Connection connection, Dialect dialect);

    /**
     * Runs units of work, each in a transaction of its own: the storage, handed to the parts of
     * the adapter that work outside a host's unit of work (the outbox's delivery side).
     */
    @FunctionalInterface
    interface Runner {

        /**
         * Runs work in one transaction: commits if it returns, rolls back and rethrows if it throws.
         *
         * @param <T> the result type
         * @param work the work
         * @return the work's result
         * @throws io.crmkit.shared.StorageException if the storage is closed or the store fails
         */
        <T> T inUnitOfWork(UnitOfWork<T> work);
    }
}
