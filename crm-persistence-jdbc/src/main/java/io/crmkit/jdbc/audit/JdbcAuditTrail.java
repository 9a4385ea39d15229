package io.crmkit.jdbc.audit;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.audit.FieldChange;
import io.crmkit.jdbc.internal.ByIds;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.PendingWrite;
import io.crmkit.jdbc.internal.QueriesTogether;
import io.crmkit.jdbc.internal.RowBinder;
import io.crmkit.jdbc.internal.RowParams;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TimeAndId;
import io.crmkit.shared.UserId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AuditTrail} on {@code audit_entry} and {@code audit_field_change}. Append-only;
 * history is read newest first with keyset paging on {@code (occurred_at, id)}.
 */
final class JdbcAuditTrail implements AuditTrail {
    private static final String CURSOR_PATH = "page.after";
    private final JdbcTransaction tx;
    private final String tenant;

    JdbcAuditTrail(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    /** Writes the entry and its field changes as {@linkplain JdbcTransaction#write pending writes}. */
    @Override
    public void record(AuditEntry e) {
        String doing = "recording audit entry " + e.id();
        tx.write(PendingWrite.of("audit_entry", "INSERT INTO audit_entry (tenant_id, id, entity_type, entity_id, action,"
                + " actor_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(p -> {
                    p.string(1, tenant);
                    p.uuid(2, e.id());
                    p.string(3, e.entityType());
                    p.string(4, e.entityId());
                    p.string(5, e.action());
                    p.string(6, e.actor().value());
                    p.instant(7, e.at());
                }), doing));
        if (e.changes().isEmpty()) {
            return;
        }
        List<RowBinder> rows = new ArrayList<>(e.changes().size());
        int position = 0;
        for (FieldChange f : e.changes()) {
            int at = position++;
            rows.add(p -> {
                p.string(1, tenant);
                p.uuid(2, e.id());
                p.integer(3, at);
                p.string(4, f.field());
                p.text(5, f.before());
                p.text(6, f.after());
            });
        }
        tx.write(PendingWrite.of("audit_field_change", "INSERT INTO audit_field_change (tenant_id, entry_id, position,"
                + " field, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?)", rows, doing));
    }

    @Override
    public Page<AuditEntry> history(String entityType, String entityId, PageRequest page) {
        Optional<TimeAndId> after = page.after().map(token -> TimeAndId.decode(token, CURSOR_PATH));
        String entries = "FROM audit_entry WHERE tenant_id = ? AND entity_type = ? AND entity_id = ?"
                // (occurred_at, id) < (?, ?) in the index-friendly form used for customers too.
                + (after.isPresent() ? " AND occurred_at <= ? AND (occurred_at < ? OR id < ?)" : "")
                // The equality columns lead the ORDER BY so H2 reads the index in order (see CustomerSearchSql).
                + " ORDER BY tenant_id DESC, entity_type DESC, entity_id DESC, occurred_at DESC, id DESC LIMIT ?";
        RowBinder heads = p -> bindEntries(p, 0, entityType, entityId, after, page.size() + 1);
        Connection c = tx.connection();
        try {
            List<Head> read = new ArrayList<>();
            Map<UUID, List<FieldChange>> changes = new HashMap<>();
            if (tx.dialect().sendsStatementsTogether()) {
                // The page's entries and their field changes in one round trip: the changes are
                // those of the entries the same conditions select (the one read beyond the page
                // only tells that there are more, so the subquery leaves it out).
                new QueriesTogether()
                        .add("SELECT id, action, actor_id, occurred_at " + entries, heads,
                                rs -> read.add(head(rs)))
                        .add("SELECT entry_id, field, before_value, after_value FROM audit_field_change"
                                + " WHERE tenant_id = ? AND entry_id IN (SELECT id " + entries + ")"
                                + " ORDER BY entry_id, position", p -> {
                                    p.string(1, tenant);
                                    bindEntries(p, 1, entityType, entityId, after, page.size());
                                }, rs -> change(changes, rs))
                        .run(c, tx.dialect());
            } else {
                new QueriesTogether().add("SELECT id, action, actor_id, occurred_at " + entries, heads,
                        rs -> read.add(head(rs))).run(c, tx.dialect());
                List<UUID> ids = read.stream().limit(page.size()).map(Head::id).toList();
                ByIds.forEach(c, tx.dialect(), tenant, "SELECT entry_id, field, before_value, after_value"
                        + " FROM audit_field_change", "entry_id", "position", ids, rs -> change(changes, rs));
            }
            List<AuditEntry> result = new ArrayList<>(read.size());
            for (Head h : read) {
                result.add(new AuditEntry(h.id(), entityType, entityId, h.action(), UserId.of(h.actor()), h.at(),
                        changes.getOrDefault(h.id(), List.of())));
            }
            return Page.ofLookahead(result, page.size(), e -> new TimeAndId(e.at(), e.id()).encode());
        } catch (SQLException e) {
            throw Sql.failure("reading the history of " + entityType + " " + entityId, e);
        }
    }

    /** Binds the conditions of a page of entries after the first {@code before} parameters. */
    private void bindEntries(RowParams p, int before, String entityType, String entityId, Optional<TimeAndId> after,
                             int limit) throws SQLException {
        int i = before + 1;
        p.string(i++, tenant);
        p.string(i++, entityType);
        p.string(i++, entityId);
        if (after.isPresent()) {
            p.instant(i++, after.get().at());
            p.instant(i++, after.get().at());
            p.uuid(i++, after.get().id());
        }
        p.integer(i, limit);
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(Sql.uuid(rs, 1), rs.getString(2), rs.getString(3), Sql.instant(rs, 4));
    }

    private static void change(Map<UUID, List<FieldChange>> changes, ResultSet rs) throws SQLException {
        changes.computeIfAbsent(Sql.uuid(rs, 1), k -> new ArrayList<>())
                .add(new FieldChange(rs.getString(2), Sql.text(rs, 3), Sql.text(rs, 4)));
    }

    /**
     * An {@code audit_entry} row before its field changes are attached.
     *
     * @param id the entry's id
     * @param action the action
     * @param actor the actor's id
     * @param at when
     */
    private record Head(UUID id, String action, String actor, Instant at) {
    }
}
