package io.crmkit.jdbc;

import java.sql.Connection;

/**
 * Work on one connection inside one transaction that {@link JdbcStorage} begins and ends.
 *
 * @param <T> the result type
 */
@FunctionalInterface
interface UnitOfWork<T> {

    /**
     * Does the work.
     *
     * @param connection the transaction's connection
     * @param dialect the database's dialect
     * @return the result
     */
    T run(Connection connection, Dialect dialect);
}
