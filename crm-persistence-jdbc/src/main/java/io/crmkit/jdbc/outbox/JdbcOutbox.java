package io.crmkit.jdbc.outbox;

import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.PendingWrite;
import io.crmkit.jdbc.internal.Sql;
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

    /**
     * The condition that a row is in a reported status, with one parameter, {@link #stored}: a
     * claimed message is stored as {@code PENDING} with a holder, so {@code status} alone would
     * count claimed messages as pending. One place, so that listing, reading and cancelling
     * agree on which messages are claimed.
     */
    private static String statusIs(OutboxStatus status) {
        return switch (status) {
            case CLAIMED -> "status = ? AND claimed_by IS NOT NULL";
            case PENDING -> "status = ? AND claimed_by IS NULL";
            default -> "status = ?";
        };
    }

    /** The stored status of a reported one: the value of {@link #statusIs}'s parameter. */
    private static String stored(OutboxStatus status) {
        return (status == OutboxStatus.CLAIMED ? OutboxStatus.PENDING : status).name();
    }

    /**
     * Writes the message as a {@linkplain JdbcTransaction#write pending write}; a message with
     * its id already in the tenant's outbox is a conflict when the writes are sent.
     */
    @Override
    public void append(OutboxMessage m) {
        String id = m.id().toString();
        tx.write(PendingWrite.of("outbox_message", "INSERT INTO outbox_message (tenant_id, " + MESSAGE_COLUMNS
                + ", status, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", List.of(p -> {
                    p.string(1, tenant);
                    p.uuid(2, m.id());
                    p.string(3, m.aggregateType());
                    p.string(4, m.aggregateId());
                    p.string(5, m.eventType());
                    p.string(6, m.payload());
                    p.instant(7, m.occurredAt());
                    p.instant(8, m.availableAt());
                    p.text(9, m.reference());
                    p.string(10, OutboxStatus.PENDING.name());
                }), "appending outbox message " + id)
                .conflictOnDuplicate(() -> ConflictException.alreadyExists("outbox message", id)));
    }

    @Override
    public List<OutboxMessage> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), "SELECT " + MESSAGE_COLUMNS
                + " FROM outbox_message WHERE tenant_id = ? AND " + statusIs(OutboxStatus.PENDING)
                // The equality columns lead the ORDER BY so H2 reads the index in order (see CustomerSearchSql).
                + " ORDER BY tenant_id, status, occurred_at, id LIMIT ?")) {
            ps.setString(1, tenant);
            ps.setString(2, stored(OutboxStatus.PENDING));
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
                + " WHERE tenant_id = ? AND reference = ? AND " + statusIs(OutboxStatus.PENDING))) {
            ps.setString(1, OutboxStatus.CANCELLED.name());
            ps.setString(2, tenant);
            ps.setString(3, reference);
            ps.setString(4, stored(OutboxStatus.PENDING));
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
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), "SELECT " + ENTRY_COLUMNS
                + " FROM outbox_message WHERE tenant_id = ? AND " + statusIs(status) + keyset
                + " ORDER BY tenant_id, status, occurred_at, id LIMIT ?")) {
            int i = 1;
            ps.setString(i++, tenant);
            ps.setString(i++, stored(status));
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
