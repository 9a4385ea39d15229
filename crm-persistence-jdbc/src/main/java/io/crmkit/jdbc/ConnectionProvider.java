package io.crmkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Hands crmkit the connection of a transaction the host already has open, so that crmkit's
 * writes (customer, audit entry, outbox event) commit or roll back together with the host's
 * own. Used with {@link JdbcStorage#connectionProvider(ConnectionProvider)}.
 *
 * <p>What crmkit does with the connection, exactly:
 * <ul>
 *   <li>It calls {@link #currentConnection()} once at the start of every
 *       {@link io.crmkit.storage.Storage#inTransaction unit of work} and runs all of that
 *       work's statements on the returned connection.</li>
 *   <li>It never calls {@code commit}, {@code rollback}, {@code setAutoCommit},
 *       {@code setTransactionIsolation}, {@code setSavepoint} or {@code close} on it. Statements and
 *       result sets it opens are closed before the unit of work returns.</li>
 *   <li>It refuses a connection in auto-commit mode with a
 *       {@link io.crmkit.shared.StorageException}: each statement would then commit on its own,
 *       and a change could be stored without its audit entry or event.</li>
 *   <li>When the work throws, crmkit rethrows the exception unchanged and leaves the
 *       transaction to the host, which must roll it back (on PostgreSQL a failed statement
 *       makes the transaction unusable anyway). A
 *       {@link io.crmkit.shared.ConflictException#staleVersion stale-version conflict} is the one
 *       failure that leaves the transaction usable: it is detected without a failed statement.</li>
 *   <li>Nothing crmkit wrote is visible to other connections before the host commits.</li>
 * </ul>
 *
 * <p>The schema is not migrated through this connection (H2 commits DDL implicitly, which
 * would commit the host's transaction): run {@link JdbcStorage#migrate(javax.sql.DataSource)} once
 * at start-up.
 *
 * <pre>{@code
 * // Spring: the connection bound to the current @Transactional method
 * Storage storage = JdbcStorage.connectionProvider(() -> DataSourceUtils.getConnection(dataSource));
 * }</pre>
 */
@FunctionalInterface
public interface ConnectionProvider {

    /**
     * The connection of the host's transaction that is open on the calling thread.
     *
     * @return the connection, with auto-commit off; crmkit does not close it
     * @throws SQLException if the host has no such connection
     */
    Connection currentConnection() throws SQLException;
}
