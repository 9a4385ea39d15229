package io.crmkit.jdbc;

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
final class JdbcTransaction implements StorageTransaction {
    private final TenantId tenant;
    private final Connection connection;
    private final Dialect dialect;
    private final PendingWrites pending = new PendingWrites();
    private boolean ended;
    /** The ports asked for so far in this unit of work, made on first use. */
    private final Map<Class<?>, Object> ports = new HashMap<>();

    JdbcTransaction(TenantId tenant, Connection connection, Dialect dialect) {
        this.tenant = tenant;
        this.connection = connection;
        this.dialect = dialect;
    }

    void end() {
        ended = true;
    }

    /**
     * The connection, for statements whose results are read: pending writes are sent first,
     * so the statement sees them.
     */
    Connection connection() {
        requireOpen();
        sendPending();
        return connection;
    }

    /**
     * Queues a write to be sent with the others ({@link PendingWrites}): before the connection
     * is next used, when enough have gathered, or when the work ends.
     */
    void write(PendingWrite write) {
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
    void sendPending() {
        pending.send(connection, dialect);
    }

    private void requireOpen() {
        if (ended) {
            throw new IllegalStateException("the transaction has ended; repositories are valid only inside the work");
        }
    }

    Dialect dialect() {
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
