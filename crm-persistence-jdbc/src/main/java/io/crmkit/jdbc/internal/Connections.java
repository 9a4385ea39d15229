package io.crmkit.jdbc.internal;

import java.sql.Connection;

/**
 * Where a unit of work gets its connection, and who begins and ends its transaction:
 * crmkit itself ({@link PooledConnections}) or the host ({@link HostConnections}).
 */
public interface Connections {

    /**
     * Takes a connection for one unit of work, inside a transaction.
     *
     * @return the lease on the connection
     * @throws io.crmkit.shared.StorageException if none can be had
     */
    Lease begin();

    /**
     * Ends the unit of work successfully.
     *
     * @param lease the lease from {@link #begin()}
     * @throws io.crmkit.shared.StorageException if committing fails
     */
    void commit(Lease lease);

    /**
     * Ends the unit of work after a failure; problems are added to the failure as suppressed.
     *
     * @param lease the lease from {@link #begin()}
     * @param failure what made the work fail
     */
    void rollback(Lease lease, Throwable failure);

    /**
     * Gives the connection back after {@link #commit} or {@link #rollback}.
     *
     * @param lease the lease from {@link #begin()}
     */
    void release(Lease lease);

    /** Releases what this source owns (a pool crmkit opened). Idempotent. */
    void close();

    /**
     * A connection taken for one unit of work.
     *
     * @param connection the connection
     * @param restoreAutoCommit whether auto-commit was on and must be switched back on at release
     */
    record Lease(Connection connection, boolean restoreAutoCommit) {
    }
}
