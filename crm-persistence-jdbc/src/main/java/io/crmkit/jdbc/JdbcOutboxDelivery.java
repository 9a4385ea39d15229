package io.crmkit.jdbc;

import io.crmkit.outbox.ClaimedMessage;
import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.outbox.OutboxLimits;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.outbox.OutboxStatus;
import io.crmkit.shared.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link OutboxDelivery} on {@code outbox_message}, each call in a short transaction of its own.
 *
 * <p>A claim selects due rows with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL, and H2 2.2+,
 * which has the same clause): rows another dispatcher's claim has locked are skipped, not
 * waited for. Each selected row is then updated with a compare-and-set on its status and
 * attempt count, and only rows whose update counted are handed out: even a database whose
 * locking let two claims select one row would give it to one of them only. Marks are the same
 * compare-and-set on status {@code CLAIMED}, the dispatcher and the attempt.
 */
final class JdbcOutboxDelivery implements OutboxDelivery {
    private static final String CLAIMED = OutboxStatus.CLAIMED.name();
    private static final String SELECT = "SELECT tenant_id, attempts, " + JdbcOutbox.MESSAGE_COLUMNS
            + " FROM outbox_message WHERE status = ? AND ";
    /** Leases that ran out, oldest first: a dispatcher died or stalled. */
    private static final String EXPIRED = SELECT + "claimed_until <= ? ORDER BY status, claimed_until"
            + " LIMIT ? FOR UPDATE SKIP LOCKED";
    /** Due messages of every tenant, oldest available first: a range of outbox_message_claim_idx. */
    private static final String DUE = SELECT + "available_at <= ? ORDER BY status, available_at, tenant_id, id"
            + " LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String TAKE = "UPDATE outbox_message SET status = ?, claimed_by = ?, claimed_until = ?,"
            + " attempts = ? WHERE tenant_id = ? AND id = ? AND status = ? AND attempts = ?";
    private static final String OWNED = " WHERE tenant_id = ? AND id = ? AND status = ? AND claimed_by = ?"
            + " AND attempts = ?";
    private static final String FINISH = "UPDATE outbox_message SET status = ?, finished_at = ?, claimed_by = NULL,"
            + " claimed_until = NULL" + OWNED;
    private static final String FINISH_WITH_ERROR = "UPDATE outbox_message SET status = ?, finished_at = ?,"
            + " last_error = ?, claimed_by = NULL, claimed_until = NULL" + OWNED;
    private static final String RETRY = "UPDATE outbox_message SET status = ?, available_at = ?, last_error = ?,"
            + " claimed_by = NULL, claimed_until = NULL" + OWNED;

    private final JdbcStorage storage;

    JdbcOutboxDelivery(JdbcStorage storage) {
        this.storage = storage;
    }

    /** A row a claim selected, before its update. */
    private record Candidate(TenantId tenant, int attempts, OutboxMessage message, String status) {
    }

    @Override
    public List<ClaimedMessage> claim(String dispatcherId, Instant now, Duration lease, int limit) {
        OutboxLimits.checkClaim(dispatcherId, now, lease, limit);
        Instant until = now.plus(lease);
        return storage.inUnitOfWork((c, dialect) -> {
            try {
                List<Candidate> candidates = select(c, EXPIRED, CLAIMED, now, limit);
                if (candidates.size() < limit) {
                    candidates.addAll(select(c, DUE, OutboxStatus.PENDING.name(), now, limit - candidates.size()));
                }
                return take(c, candidates, dispatcherId, until);
            } catch (SQLException e) {
                throw Sql.failure("claiming outbox messages", e);
            }
        });
    }

    private static List<Candidate> select(Connection c, String sql, String status, Instant now, int limit)
            throws SQLException {
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status);
            Sql.instant(ps, 2, now);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Candidate(TenantId.of(rs.getString(1)), rs.getInt(2), JdbcOutbox.message(rs, 3), status));
                }
            }
        }
        return out;
    }

    private static List<ClaimedMessage> take(Connection c, List<Candidate> candidates, String dispatcherId,
                                             Instant until) throws SQLException {
        if (candidates.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement(TAKE)) {
            for (Candidate k : candidates) {
                ps.setString(1, CLAIMED);
                ps.setString(2, dispatcherId);
                Sql.instant(ps, 3, until);
                ps.setInt(4, k.attempts() + 1);
                ps.setString(5, k.tenant().value());
                Sql.uuid(ps, 6, k.message().id());
                ps.setString(7, k.status());
                ps.setInt(8, k.attempts());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            List<ClaimedMessage> out = new ArrayList<>(candidates.size());
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1) {
                    Candidate k = candidates.get(i);
                    out.add(new ClaimedMessage(k.tenant(), k.message(), k.attempts() + 1, dispatcherId, until));
                }
            }
            return out;
        }
    }

    @Override
    public boolean markDelivered(ClaimedMessage m, Instant at) {
        Objects.requireNonNull(at, "at");
        return mark(m, FINISH, "marking an outbox message delivered", (ps, i) -> {
            ps.setString(i, OutboxStatus.DELIVERED.name());
            Sql.instant(ps, i + 1, at);
            return i + 2;
        });
    }

    @Override
    public boolean markRetry(ClaimedMessage m, Instant availableAt, String error) {
        Objects.requireNonNull(availableAt, "availableAt");
        String text = OutboxLimits.errorText(error);
        return mark(m, RETRY, "marking an outbox message for retry", (ps, i) -> {
            ps.setString(i, OutboxStatus.PENDING.name());
            Sql.instant(ps, i + 1, availableAt);
            ps.setString(i + 2, text);
            return i + 3;
        });
    }

    @Override
    public boolean markDead(ClaimedMessage m, Instant at, String error) {
        Objects.requireNonNull(at, "at");
        String text = OutboxLimits.errorText(error);
        return mark(m, FINISH_WITH_ERROR, "marking an outbox message dead", (ps, i) -> {
            ps.setString(i, OutboxStatus.DEAD.name());
            Sql.instant(ps, i + 1, at);
            ps.setString(i + 2, text);
            return i + 3;
        });
    }

    /** Binds the SET values from parameter {@code first}; returns the next parameter index. */
    @FunctionalInterface
    private interface Binder {
        int bind(PreparedStatement ps, int first) throws SQLException;
    }

    private boolean mark(ClaimedMessage m, String sql, String doing, Binder set) {
        return storage.inUnitOfWork((c, dialect) -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = set.bind(ps, 1);
                ps.setString(i, m.tenant().value());
                Sql.uuid(ps, i + 1, m.message().id());
                ps.setString(i + 2, CLAIMED);
                ps.setString(i + 3, m.dispatcherId());
                ps.setInt(i + 4, m.attempt());
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                throw Sql.failure(doing, e);
            }
        });
    }
}
