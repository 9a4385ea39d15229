package io.crmkit.jdbc.internal;

import io.crmkit.jdbc.ConnectionProvider;
import io.crmkit.shared.StorageException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The host's connection, inside the host's transaction: crmkit joins it and never begins,
 * commits, rolls back or closes anything (see {@link ConnectionProvider} for the exact terms).
 */
public final class HostConnections implements Connections {
    private final ConnectionProvider provider;

    /**
     * Connections of the host's open transactions.
     *
     * @param provider the host's current connection
     */
    public HostConnections(ConnectionProvider provider) {
        this.provider = provider;
    }

    @Override
    public Lease begin() {
        Connection c;
        try {
            c = provider.currentConnection();
        } catch (SQLException e) {
            throw Sql.failure("getting the host's connection", e);
        }
        if (c == null) {
            throw new StorageException("the host's ConnectionProvider returned no connection");
        }
        boolean autoCommit;
        try {
            autoCommit = c.getAutoCommit();
        } catch (SQLException e) {
            throw Sql.failure("checking the host's connection", e);
        }
        if (autoCommit) {
            throw new StorageException("the host's connection is in auto-commit mode: crmkit joins the host's"
                    + " transaction and needs one to be open, or a change could be stored without its audit entry"
                    + " and event. Begin a transaction first, or use JdbcStorage.dataSource(...) to let crmkit"
                    + " run its own.");
        }
        return new Lease(c, false);
    }

    @Override
    public void commit(Lease lease) {
        // The host commits.
    }

    @Override
    public void rollback(Lease lease, Throwable failure) {
        // The host rolls back; the failure reaches it unchanged.
    }

    @Override
    public void release(Lease lease) {
        // The host owns the connection.
    }

    @Override
    public void close() {
        // Nothing of the host's is crmkit's to close.
    }
}
