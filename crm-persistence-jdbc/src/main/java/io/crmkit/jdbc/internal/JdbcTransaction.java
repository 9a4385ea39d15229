package io.crmkit.jdbc.internal;

import io.crmkit.shared.TenantId;
import io.crmkit.storage.StorageTransaction;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

/**
 * The repositories of one unit of work, on one connection, bound to one tenant. Writes whose
 * results nothing reads wait in {@link PendingWrites} and are sent together; anything else that
 * uses the connection sends them first.
 */
public final class JdbcTransaction implements StorageTransaction {
    private final TenantId tenant;
    private final Connection connection;
    private final Dialect dialect;
    private final PendingWrites pending = new PendingWrites();
    private boolean ended;
    /** The ports asked for so far in this unit of work, made on first use. */
    private final Map<Class<?>, Object> ports = new HashMap<>();

    /**
     * Opens the repositories of a unit of work.
     *
     * @param tenant the tenant every repository works for
     * @param connection the unit of work's connection, inside its transaction
     * @param dialect the database's dialect
     */
    public JdbcTransaction(TenantId tenant, Connection connection, Dialect dialect) {
        this.tenant = tenant;
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Ends the unit of work: its repositories refuse any further use. */
    public void end() {
        ended = true;
    }

    /**
     * The connection, for statements whose results are read: pending writes are sent first,
     * so the statement sees them.
     *
     * @return the connection
     * @throws IllegalStateException if the unit of work has ended
     */
    public Connection connection() {
        requireOpen();
        sendPending();
        return connection;
    }

    /**
     * Queues a write to be sent with the others ({@link PendingWrites}): before the connection
     * is next used, when enough have gathered, or when the work ends.
     *
     * @param write the write
     * @throws IllegalStateException if the unit of work has ended
     */
    public void write(PendingWrite write) {
        requireOpen();
        if (pending.ambiguousWith(write)) {
            sendPending();
        }
        pending.add(write);
        if (pending.statements() >= PendingWrites.MOST_STATEMENTS) {
            sendPending();
        }
    }

    /** Sends the pending writes; the storage calls this when the work returns, before committing. */
    public void sendPending() {
        pending.send(connection, dialect);
    }

    private void requireOpen() {
        if (ended) {
            throw new IllegalStateException("the transaction has ended; repositories are valid only inside the work");
        }
    }

    /**
     * The database's dialect, for SQL that differs between databases.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public <P> P port(Class<P> type) {
        return type.cast(ports.computeIfAbsent(type, t -> JdbcPorts.create(t, this)));
    }
}
