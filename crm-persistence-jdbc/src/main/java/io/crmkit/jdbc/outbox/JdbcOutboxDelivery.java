package io.crmkit.jdbc.outbox;

import io.crmkit.jdbc.internal.Sql;
import io.crmkit.jdbc.internal.UnitOfWork;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@link OutboxDelivery} on {@code outbox_message}, each call in a short transaction of its own.
 *
 * <p>A claimed message is stored as {@code status = 'PENDING'} with {@code claimed_by} and
 * {@code claimed_until} set ({@code CLAIMED} is what the API reports for it): claiming then
 * changes no indexed column, so PostgreSQL can update the row in place (a HOT update, no index
 * entries), and due messages and expired leases are one range of
 * {@code outbox_message_claim_idx}.
 *
 * <p>A claim selects due rows with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL, and H2 2.2+,
 * which has the same clause): rows another dispatcher's claim has locked are skipped, not
 * waited for. Each selected row is then updated with a compare-and-set on its attempt count and
 * holder, and only rows whose update counted are handed out: even a database whose locking let
 * two claims select one row would give it to one of them only. Marks are the same
 * compare-and-set on the holder and the attempt. On PostgreSQL the updates of a claim and of a
 * list of deliveries are one statement each (the keys passed as arrays); on H2 a JDBC batch.
 */
public final class JdbcOutboxDelivery implements OutboxDelivery {
    private static final String PENDING = OutboxStatus.PENDING.name();
    /** Due messages of every tenant, expired leases included, oldest available first: a range of the claim index. */
    private static final String DUE = "SELECT tenant_id, attempts, " + JdbcOutbox.MESSAGE_COLUMNS
            + " FROM outbox_message WHERE status = ? AND available_at <= ?"
            + " AND (claimed_until IS NULL OR claimed_until <= ?)"
            + " ORDER BY status, available_at, tenant_id, id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String TAKE = "UPDATE outbox_message SET claimed_by = ?, claimed_until = ?, attempts = ?"
            + " WHERE tenant_id = ? AND id = ? AND status = ? AND attempts = ?";
    private static final String TAKE_POSTGRESQL = "UPDATE outbox_message m SET claimed_by = ?, claimed_until = ?,"
            + " attempts = d.attempts + 1 FROM unnest(?::varchar[], ?::uuid[], ?::int[]) AS d(tenant_id, id, attempts)"
            + " WHERE m.tenant_id = d.tenant_id AND m.id = d.id AND m.status = ? AND m.attempts = d.attempts"
            + " RETURNING m.tenant_id, m.id";
    private static final String OWNED = " WHERE tenant_id = ? AND id = ? AND status = ? AND claimed_by = ?"
            + " AND attempts = ?";
    private static final String FINISH = "UPDATE outbox_message SET status = ?, finished_at = ?, claimed_by = NULL,"
            + " claimed_until = NULL" + OWNED;
    private static final String FINISH_POSTGRESQL = "UPDATE outbox_message m SET status = ?, finished_at = ?,"
            + " claimed_by = NULL, claimed_until = NULL"
            + " FROM unnest(?::varchar[], ?::uuid[], ?::int[]) AS d(tenant_id, id, attempts)"
            + " WHERE m.tenant_id = d.tenant_id AND m.id = d.id AND m.status = ? AND m.claimed_by = ?"
            + " AND m.attempts = d.attempts";
    private static final String FINISH_WITH_ERROR = "UPDATE outbox_message SET status = ?, finished_at = ?,"
            + " last_error = ?, claimed_by = NULL, claimed_until = NULL" + OWNED;
    private static final String RETRY = "UPDATE outbox_message SET status = ?, available_at = ?, last_error = ?,"
            + " claimed_by = NULL, claimed_until = NULL" + OWNED;

    private final UnitOfWork.Runner storage;

    /**
     * Creates the delivery side of a storage's outbox.
     *
     * @param storage runs each call in a transaction of its own ({@code JdbcStorage::inUnitOfWork})
     */
    public JdbcOutboxDelivery(UnitOfWork.Runner storage) {
        this.storage = storage;
    }

    /** A row a claim selected, before its update. */
    private record Candidate(TenantId tenant, int attempts, OutboxMessage message) {
    }

    @Override
    public List<ClaimedMessage> claim(String dispatcherId, Instant now, Duration lease, int limit) {
        OutboxLimits.checkClaim(dispatcherId, now, lease, limit);
        Instant until = now.plus(lease);
        return storage.inUnitOfWork((c, dialect) -> {
            try {
                List<Candidate> candidates = select(c, now, limit);
                if (candidates.isEmpty()) {
                    return List.of();
                }
                Set<String> taken = dialect.updatesRowsFromArrays() ? takeInOneStatement(c, candidates, dispatcherId, until)
                        : take(c, candidates, dispatcherId, until);
                List<ClaimedMessage> out = new ArrayList<>(taken.size());
                for (Candidate k : candidates) {
                    if (taken.contains(key(k.tenant().value(), k.message().id()))) {
                        out.add(new ClaimedMessage(k.tenant(), k.message(), k.attempts() + 1, dispatcherId, until));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw Sql.failure("claiming outbox messages", e);
            }
        });
    }

    private static String key(String tenant, UUID id) {
        return tenant + '\u001F' + id;
    }

    private static List<Candidate> select(Connection c, Instant now, int limit) throws SQLException {
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(DUE)) {
            ps.setString(1, PENDING);
            Sql.instant(ps, 2, now);
            Sql.instant(ps, 3, now);
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Candidate(TenantId.of(rs.getString(1)), rs.getInt(2), JdbcOutbox.message(rs, 3)));
                }
            }
        }
        return out;
    }

    private static Set<String> take(Connection c, List<Candidate> candidates, String dispatcherId, Instant until)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TAKE)) {
            for (Candidate k : candidates) {
                ps.setString(1, dispatcherId);
                Sql.instant(ps, 2, until);
                ps.setInt(3, k.attempts() + 1);
                ps.setString(4, k.tenant().value());
                Sql.uuid(ps, 5, k.message().id());
                ps.setString(6, PENDING);
                ps.setInt(7, k.attempts());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1) {
                    taken.add(key(candidates.get(i).tenant().value(), candidates.get(i).message().id()));
                }
            }
            return taken;
        }
    }

    private static Set<String> takeInOneStatement(Connection c, List<Candidate> candidates, String dispatcherId,
                                                  Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TAKE_POSTGRESQL)) {
            ps.setString(1, dispatcherId);
            Sql.instant(ps, 2, until);
            ps.setArray(3, c.createArrayOf("varchar", candidates.stream().map(k -> k.tenant().value()).toArray()));
            ps.setArray(4, c.createArrayOf("uuid", candidates.stream().map(k -> k.message().id()).toArray()));
            ps.setArray(5, c.createArrayOf("int4", candidates.stream().map(Candidate::attempts).toArray()));
            ps.setString(6, PENDING);
            Set<String> taken = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    taken.add(key(rs.getString(1), Sql.uuid(rs, 2)));
                }
            }
            return taken;
        }
    }

    @Override
    public boolean markDelivered(ClaimedMessage m, Instant at) {
        return markDelivered(List.of(m), at) == 1;
    }

    @Override
    public int markDelivered(List<ClaimedMessage> messages, Instant at) {
        Objects.requireNonNull(at, "at");
        if (messages.isEmpty()) {
            return 0;
        }
        return storage.inUnitOfWork((c, dialect) -> {
            try {
                return dialect.updatesRowsFromArrays() ? finishInOneStatement(c, messages, at) : finish(c, messages, at);
            } catch (SQLException e) {
                throw Sql.failure("marking outbox messages delivered", e);
            }
        });
    }

    private static int finish(Connection c, List<ClaimedMessage> messages, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FINISH)) {
            for (ClaimedMessage m : messages) {
                ps.setString(1, OutboxStatus.DELIVERED.name());
                Sql.instant(ps, 2, at);
                bindOwner(ps, 3, m);
                ps.addBatch();
            }
            int marked = 0;
            for (int count : ps.executeBatch()) {
                if (count == 1) {
                    marked++;
                }
            }
            return marked;
        }
    }

    private static int finishInOneStatement(Connection c, List<ClaimedMessage> messages, Instant at)
            throws SQLException {
        Map<String, List<ClaimedMessage>> byDispatcher = new LinkedHashMap<>();
        messages.forEach(m -> byDispatcher.computeIfAbsent(m.dispatcherId(), k -> new ArrayList<>()).add(m));
        int marked = 0;
        try (PreparedStatement ps = c.prepareStatement(FINISH_POSTGRESQL)) {
            for (Map.Entry<String, List<ClaimedMessage>> e : byDispatcher.entrySet()) {
                List<ClaimedMessage> list = e.getValue();
                ps.setString(1, OutboxStatus.DELIVERED.name());
                Sql.instant(ps, 2, at);
                ps.setArray(3, c.createArrayOf("varchar", list.stream().map(m -> m.tenant().value()).toArray()));
                ps.setArray(4, c.createArrayOf("uuid", list.stream().map(m -> m.message().id()).toArray()));
                ps.setArray(5, c.createArrayOf("int4", list.stream().map(ClaimedMessage::attempt).toArray()));
                ps.setString(6, PENDING);
                ps.setString(7, e.getKey());
                marked += ps.executeUpdate();
            }
        }
        return marked;
    }

    @Override
    public boolean markRetry(ClaimedMessage m, Instant availableAt, String error) {
        Objects.requireNonNull(availableAt, "availableAt");
        String text = OutboxLimits.errorText(error);
        return mark(m, RETRY, "marking an outbox message for retry", (ps, i) -> {
            ps.setString(i, PENDING);
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
                bindOwner(ps, set.bind(ps, 1), m);
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                throw Sql.failure(doing, e);
            }
        });
    }

    /** Binds the {@code OWNED} condition from parameter {@code i}. */
    private static void bindOwner(PreparedStatement ps, int i, ClaimedMessage m) throws SQLException {
        ps.setString(i, m.tenant().value());
        Sql.uuid(ps, i + 1, m.message().id());
        ps.setString(i + 2, PENDING);
        ps.setString(i + 3, m.dispatcherId());
        ps.setInt(i + 4, m.attempt());
    }
}
