package io.crmkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where crmkit gets its connections. Two kinds:
 * <ul>
 *   <li>{@link #of(DataSource)}: crmkit takes a connection per unit of work, runs it in its
 *       own transaction (commit on success, rollback on failure) and gives it back.</li>
 *   <li>{@link #hostManaged(ConnectionSupplier)}: the host hands over the connection of a
 *       transaction it already has open. crmkit then <em>joins</em> that transaction: it never
 *       commits, rolls back, changes auto-commit or closes the connection. If crmkit's work
 *       fails, the exception reaches the host, whose transaction decides; the host must roll
 *       back on a crmkit exception, as it would on its own.</li>
 * </ul>
 */
public interface ConnectionProvider {

    /**
     * A connection for one unit of work.
     *
     * @return the connection
     * @throws SQLException if none can be had
     */
    Connection acquire() throws SQLException;

    /**
     * Gives a connection back after the unit of work.
     *
     * @param connection the connection from {@link #acquire()}
     * @throws SQLException if releasing fails
     */
    void release(Connection connection) throws SQLException;

    /** @return {@code true} if crmkit begins and ends transactions itself */
    boolean managesTransactions();

    /**
     * Connections from a pool, each unit of work in its own transaction.
     *
     * @param dataSource the pool
     * @return the provider
     */
    static ConnectionProvider of(DataSource dataSource) {
        return new ConnectionProvider() {
            @Override
            public Connection acquire() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void release(Connection connection) throws SQLException {
                connection.close();
            }

            @Override
            public boolean managesTransactions() {
                return true;
            }
        };
    }

    /**
     * The host's current connection, inside a transaction the host controls.
     *
     * @param current supplies the connection bound to the host's current transaction
     * @return the provider
     */
    static ConnectionProvider hostManaged(ConnectionSupplier current) {
        return new ConnectionProvider() {
            @Override
            public Connection acquire() throws SQLException {
                return current.get();
            }

            @Override
            public void release(Connection connection) {
                // the host owns the connection and its transaction
            }

            @Override
            public boolean managesTransactions() {
                return false;
            }
        };
    }

    /** Supplies the connection of the host's current transaction. */
    @FunctionalInterface
    interface ConnectionSupplier {
        /**
         * @return the connection
         * @throws SQLException if none is available
         */
        Connection get() throws SQLException;
    }
}
