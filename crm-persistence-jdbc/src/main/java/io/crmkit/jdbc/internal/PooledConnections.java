package io.crmkit.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections from a data source, each unit of work in a transaction of crmkit's own:
 * auto-commit off, commit on success, rollback on failure, and the connection closed (given
 * back to its pool) afterwards with its auto-commit mode as it was.
 */
public final class PooledConnections implements Connections {
    private static final Logger LOG = LoggerFactory.getLogger(PooledConnections.class);
    private final DataSource dataSource;
    private final Runnable onClose;

    /**
     * Connections from a pool, each unit of work in a transaction crmkit begins and ends.
     *
     * @param dataSource where connections come from
     * @param onClose what {@link #close()} does: close the pool crmkit opened, or nothing for a host's pool
     */
    public PooledConnections(DataSource dataSource, Runnable onClose) {
        this.dataSource = dataSource;
        this.onClose = onClose;
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Lease begin() {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw Sql.failure("getting a database connection", e);
        }
        try {
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            // A host's pool may hand the connection next to code that expects auto-commit as it was.
            return new Lease(c, autoCommit);
        } catch (SQLException e) {
            closeQuietly(c);
            throw Sql.failure("starting a transaction", e);
        }
    }

    @Override
    public void commit(Lease lease) {
        try {
            lease.connection().commit();
        } catch (SQLException e) {
            throw Sql.failure("committing the transaction", e);
        }
    }

    @Override
    public void rollback(Lease lease, Throwable failure) {
        try {
            lease.connection().rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void release(Lease lease) {
        try {
            if (lease.restoreAutoCommit()) {
                lease.connection().setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.warn("restoring auto-commit on a connection failed (SQLSTATE {})", e.getSQLState());
        } finally {
            closeQuietly(lease.connection());
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // The work's outcome is decided by now; a failed close only concerns the pool.
            LOG.warn("closing a connection failed (SQLSTATE {})", e.getSQLState());
        }
    }

    @Override
    public void close() {
        onClose.run();
    }
}
