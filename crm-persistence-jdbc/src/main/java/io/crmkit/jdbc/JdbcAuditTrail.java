package io.crmkit.jdbc;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.audit.FieldChange;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link AuditTrail} on {@code audit_entry} and {@code audit_field_change}. Append-only. */
final class JdbcAuditTrail implements AuditTrail {
    private final JdbcTransaction tx;
    private final String tenant;

    JdbcAuditTrail(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public void record(AuditEntry e) {
        Connection c = tx.connection();
        try {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (tenant_id, id, entity_type, entity_id,"
                    + " action, actor_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, tenant);
                Sql.uuid(ps, 2, e.id());
                ps.setString(3, e.entityType());
                ps.setString(4, e.entityId());
                ps.setString(5, e.action());
                ps.setString(6, e.actor().value());
                Sql.instant(ps, 7, e.at());
                ps.executeUpdate();
            }
            if (e.changes().isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_field_change (tenant_id, entry_id, position,"
                    + " field, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (FieldChange f : e.changes()) {
                    ps.setString(1, tenant);
                    Sql.uuid(ps, 2, e.id());
                    ps.setInt(3, position++);
                    ps.setString(4, f.field());
                    Sql.text(ps, 5, f.before());
                    Sql.text(ps, 6, f.after());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException ex) {
            throw Sql.failure("recording audit entry " + e.id(), ex);
        }
    }

    @Override
    public Page<AuditEntry> history(String entityType, String entityId, PageRequest page) {
        Optional<Cursor> after = page.after().map(t -> Cursor.decode(t, 2, "page.after"));
        Optional<Instant> afterAt = after.map(c -> parse(() -> Instant.parse(c.keys().get(0))));
        Optional<UUID> afterId = after.map(c -> parse(() -> UUID.fromString(c.keys().get(1))));
        String sql = "SELECT id, action, actor_id, occurred_at FROM audit_entry"
                + " WHERE tenant_id = ? AND entity_type = ? AND entity_id = ?"
                + (after.isPresent() ? " AND (occurred_at < ? OR (occurred_at = ? AND id < ?))" : "")
                + " ORDER BY occurred_at DESC, id DESC LIMIT ?";
        Connection c = tx.connection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, tenant);
            ps.setString(i++, entityType);
            ps.setString(i++, entityId);
            if (after.isPresent()) {
                Sql.instant(ps, i++, afterAt.orElseThrow());
                Sql.instant(ps, i++, afterAt.orElseThrow());
                Sql.uuid(ps, i++, afterId.orElseThrow());
            }
            ps.setInt(i, page.size() + 1);
            List<AuditEntry> entries = new ArrayList<>();
            boolean more = false;
            List<Object[]> heads = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (heads.size() == page.size()) {
                        more = true;
                        break;
                    }
                    heads.add(new Object[] {Sql.uuid(rs, "id"), rs.getString("action"), rs.getString("actor_id"),
                            Sql.instant(rs, "occurred_at")});
                }
            }
            Map<UUID, List<FieldChange>> changes = changes(c, heads.stream().map(h -> (UUID) h[0]).toList());
            for (Object[] h : heads) {
                entries.add(new AuditEntry((UUID) h[0], entityType, entityId, (String) h[1], UserId.of((String) h[2]),
                        (Instant) h[3], changes.getOrDefault((UUID) h[0], List.of())));
            }
            Optional<String> next = Optional.empty();
            if (more) {
                AuditEntry last = entries.get(entries.size() - 1);
                next = Optional.of(Cursor.of(last.at().toString(), last.id().toString()).encode());
            }
            return new Page<>(entries, next);
        } catch (SQLException e) {
            throw Sql.failure("reading the history of " + entityType + " " + entityId, e);
        }
    }

    private Map<UUID, List<FieldChange>> changes(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, List<FieldChange>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        StringBuilder sql = new StringBuilder("SELECT entry_id, field, before_value, after_value FROM audit_field_change"
                + " WHERE tenant_id = ? AND entry_id IN (");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") ORDER BY entry_id, position");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setString(1, tenant);
            for (int i = 0; i < ids.size(); i++) {
                Sql.uuid(ps, i + 2, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(Sql.uuid(rs, "entry_id"), k -> new ArrayList<>()).add(new FieldChange(
                            rs.getString("field"), Sql.text(rs, "before_value"), Sql.text(rs, "after_value")));
                }
            }
        }
        return out;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw Cursor.invalid("page.after");
        }
    }
}
