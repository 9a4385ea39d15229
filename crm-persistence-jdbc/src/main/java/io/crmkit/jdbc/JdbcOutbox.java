package io.crmkit.jdbc;

import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Outbox} on {@code outbox_message}. A message is appended as {@code PENDING} with no
 * attempts, available at once; {@code status}, {@code attempts} and {@code available_at} are
 * there for the dispatcher that delivers and retries messages.
 */
final class JdbcOutbox implements Outbox {
    private static final String PENDING = "PENDING";
    private final JdbcTransaction tx;
    private final String tenant;

    JdbcOutbox(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public void append(OutboxMessage m) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO outbox_message (tenant_id, id,"
                + " aggregate_type, aggregate_id, event_type, payload, occurred_at, status, attempts, available_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, m.id());
            ps.setString(3, m.aggregateType());
            ps.setString(4, m.aggregateId());
            ps.setString(5, m.eventType());
            ps.setString(6, m.payload());
            Sql.instant(ps, 7, m.occurredAt());
            ps.setString(8, PENDING);
            Sql.instant(ps, 9, m.occurredAt());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("appending outbox message " + m.id(), e);
        }
    }

    @Override
    public List<OutboxMessage> pending(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative but was " + limit);
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id, aggregate_type, aggregate_id, event_type,"
                + " payload, occurred_at FROM outbox_message WHERE tenant_id = ? AND status = ?"
                // The equality columns lead the ORDER BY so H2 reads the index in order (see CustomerSearchSql).
                + " ORDER BY tenant_id, status, occurred_at, id LIMIT ?")) {
            ps.setString(1, tenant);
            ps.setString(2, PENDING);
            ps.setInt(3, limit);
            List<OutboxMessage> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OutboxMessage(Sql.uuid(rs, "id"), rs.getString("aggregate_type"),
                            rs.getString("aggregate_id"), rs.getString("event_type"), rs.getString("payload"),
                            Sql.instant(rs, "occurred_at")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading pending outbox messages", e);
        }
    }
}
