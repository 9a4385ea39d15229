package io.crmkit.jdbc;

import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxCursor;
import io.crmkit.outbox.OutboxEntry;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.outbox.OutboxStatus;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Outbox} on {@code outbox_message}, within one tenant's transaction. A message is
 * appended as {@code PENDING} with no attempts, due at its {@code available_at}; claiming and
 * marking belong to {@link JdbcOutboxDelivery}. A claimed message is stored as {@code PENDING}
 * with a holder ({@code claimed_by}); this class reports it as {@link OutboxStatus#CLAIMED}.
 */
final class JdbcOutbox implements Outbox {
    /** The columns {@link #message(ResultSet, int)} reads, in its order. */
    static final String MESSAGE_COLUMNS = "id, aggregate_type, aggregate_id, event_type, payload, occurred_at,"
            + " available_at, reference";
    private static final String ENTRY_COLUMNS = MESSAGE_COLUMNS + ", status, attempts, last_error, finished_at";
    private final JdbcTransaction tx;
    private final String tenant;

    JdbcOutbox(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    /** Reads the {@link #MESSAGE_COLUMNS} starting at column {@code first}. */
    static OutboxMessage message(ResultSet rs, int first) throws SQLException {
        return new OutboxMessage(Sql.uuid(rs, first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), Sql.instant(rs, first + 5), Sql.instant(rs, first + 6),
                Sql.text(rs, first + 7));
    }

    @Override
    public void append(OutboxMessage m) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO outbox_message (tenant_id, "
                + MESSAGE_COLUMNS + ", status, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, m.id());
            ps.setString(3, m.aggregateType());
            ps.setString(4, m.aggregateId());
            ps.setString(5, m.eventType());
            ps.setString(6, m.payload());
            Sql.instant(ps, 7, m.occurredAt());
            Sql.instant(ps, 8, m.availableAt());
            Sql.text(ps, 9, m.reference());
            ps.setString(10, OutboxStatus.PENDING.name());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw ConflictException.alreadyExists("outbox message", m.id().toString());
            }
            throw Sql.failure("appending outbox message " + m.id(), e);
        }
    }

    @Override
    public List<OutboxMessage> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), "SELECT " + MESSAGE_COLUMNS
                + " FROM outbox_message WHERE tenant_id = ? AND status = ? AND claimed_by IS NULL"
                // The equality columns lead the ORDER BY so H2 reads the index in order (see CustomerSearchSql).
                + " ORDER BY tenant_id, status, occurred_at, id LIMIT ?")) {
            ps.setString(1, tenant);
            ps.setString(2, OutboxStatus.PENDING.name());
            ps.setInt(3, limit);
            List<OutboxMessage> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(message(rs, 1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading pending outbox messages", e);
        }
    }

    @Override
    public int cancelPending(String reference) {
        Objects.requireNonNull(reference, "reference");
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE outbox_message SET status = ?"
                + " WHERE tenant_id = ? AND reference = ? AND status = ? AND claimed_by IS NULL")) {
            ps.setString(1, OutboxStatus.CANCELLED.name());
            ps.setString(2, tenant);
            ps.setString(3, reference);
            ps.setString(4, OutboxStatus.PENDING.name());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("cancelling pending outbox messages", e);
        }
    }

    @Override
    public Page<OutboxEntry> list(OutboxStatus status, PageRequest page) {
        Objects.requireNonNull(status, "status");
        Optional<OutboxCursor> after = page.after().map(OutboxCursor::decode);
        String keyset = after.isPresent() ? " AND occurred_at >= ? AND (occurred_at > ? OR id > ?)" : "";
        // CLAIMED is stored as PENDING with a holder.
        String stored = status == OutboxStatus.CLAIMED ? OutboxStatus.PENDING.name() : status.name();
        String holder = status == OutboxStatus.CLAIMED ? " AND claimed_by IS NOT NULL"
                : status == OutboxStatus.PENDING ? " AND claimed_by IS NULL" : "";
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), "SELECT " + ENTRY_COLUMNS
                + " FROM outbox_message WHERE tenant_id = ? AND status = ?" + holder + keyset
                + " ORDER BY tenant_id, status, occurred_at, id LIMIT ?")) {
            int i = 1;
            ps.setString(i++, tenant);
            ps.setString(i++, stored);
            if (after.isPresent()) {
                Sql.instant(ps, i++, after.get().occurredAt());
                Sql.instant(ps, i++, after.get().occurredAt());
                Sql.uuid(ps, i++, after.get().id());
            }
            ps.setInt(i, page.size() + 1);
            List<OutboxEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime finished = rs.getObject(12, OffsetDateTime.class);
                    entries.add(new OutboxEntry(message(rs, 1), status, rs.getInt(10),
                            Sql.text(rs, 11), Optional.ofNullable(finished).map(OffsetDateTime::toInstant)));
                }
            }
            return Page.ofLookahead(entries, page.size(), e -> OutboxCursor.after(e.message()).encode());
        } catch (SQLException e) {
            throw Sql.failure("listing outbox messages", e);
        }
    }

    @Override
    public boolean retry(UUID id, Instant availableAt) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(availableAt, "availableAt");
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE outbox_message SET status = ?,"
                + " attempts = 0, available_at = ?, finished_at = NULL, claimed_by = NULL, claimed_until = NULL"
                + " WHERE tenant_id = ? AND id = ? AND status = ?")) {
            ps.setString(1, OutboxStatus.PENDING.name());
            Sql.instant(ps, 2, availableAt);
            ps.setString(3, tenant);
            Sql.uuid(ps, 4, id);
            ps.setString(5, OutboxStatus.DEAD.name());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure("retrying outbox message " + id, e);
        }
    }
}
