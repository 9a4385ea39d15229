package io.crmkit.jdbc.followup;

import io.crmkit.customer.Customer;
import io.crmkit.followup.Attachment;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpId;
import io.crmkit.followup.FollowUpPosition;
import io.crmkit.followup.FollowUpQuery;
import io.crmkit.followup.FollowUpResult;
import io.crmkit.followup.FollowUps;
import io.crmkit.jdbc.internal.ByIds;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link FollowUps} on {@code follow_up} and {@code follow_up_attachment}. */
final class JdbcFollowUps implements FollowUps {
    private static final String TASK = FollowUp.ENTITY_TYPE;
    private static final String CHANGING = "planned_at, assignee_id, method, content, priority, status, reminders, actual_at,"
            + " outcome, next_step, next_step_at, budget_amount, budget_currency, decision_cycle, feedback, cancel_reason,"
            + " updated_at, version";
    private static final String COLUMNS = "id, customer_id, contact_id, opportunity_id, created_at, created_by, " + CHANGING;
    private static final String UPDATE = "UPDATE follow_up SET " + String.join(" = ?, ", CHANGING.split(", "))
            + " = ? WHERE tenant_id = ? AND id = ? AND version = ?";

    private final JdbcTransaction tx;
    private final String tenant;

    JdbcFollowUps(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public void insert(FollowUp f) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO follow_up (tenant_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, " + Sql.placeholders(CHANGING.split(", ").length) + ")")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, f.id().value());
            Sql.uuid(ps, 3, f.customerId().value());
            if (f.contactId().isPresent()) {
                Sql.uuid(ps, 4, f.contactId().get().value());
            } else {
                ps.setNull(4, Types.OTHER);
            }
            Sql.text(ps, 5, f.opportunityId());
            Sql.instant(ps, 6, f.createdAt());
            ps.setString(7, f.createdBy().value());
            FollowUpCodec.bindChanging(ps, 8, f);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw ConflictException.alreadyExists(TASK, f.id().toString());
            }
            if (Sql.isForeignKeyViolation(e)) {
                throw new NotFoundException(Customer.ENTITY_TYPE, f.customerId().toString());
            }
            throw Sql.failure("inserting follow-up " + f.id(), e);
        }
        insertAttachments(f);
    }

    @Override
    public void update(FollowUp f, long expectedVersion) {
        try (PreparedStatement ps = tx.connection().prepareStatement(UPDATE)) {
            int next = FollowUpCodec.bindChanging(ps, 1, f);
            ps.setString(next, tenant);
            Sql.uuid(ps, next + 1, f.id().value());
            ps.setLong(next + 2, expectedVersion);
            if (ps.executeUpdate() == 0) {
                long actual = version(f.id()).orElseThrow(() -> new NotFoundException(TASK, f.id().toString()));
                throw ConflictException.staleVersion(TASK, f.id().toString(), expectedVersion, actual);
            }
        } catch (SQLException e) {
            throw Sql.failure("updating follow-up " + f.id(), e);
        }
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "DELETE FROM follow_up_attachment WHERE tenant_id = ? AND follow_up_id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, f.id().value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("replacing the attachments of follow-up " + f.id(), e);
        }
        insertAttachments(f);
    }

    private void insertAttachments(FollowUp f) {
        List<Attachment> attachments = f.result().map(FollowUpResult::attachments).orElse(List.of());
        if (attachments.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO follow_up_attachment (tenant_id,"
                + " follow_up_id, position, name, uri, size_bytes, media_type) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < attachments.size(); i++) {
                Attachment a = attachments.get(i);
                ps.setString(1, tenant);
                Sql.uuid(ps, 2, f.id().value());
                ps.setInt(3, i);
                ps.setString(4, a.name());
                ps.setString(5, a.uri());
                ps.setLong(6, a.sizeBytes());
                ps.setString(7, a.mediaType());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("inserting the attachments of follow-up " + f.id(), e);
        }
    }

    private Optional<Long> version(FollowUpId id) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT version FROM follow_up WHERE tenant_id = ? AND id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<FollowUp> find(FollowUpId id) {
        List<FollowUp> found = read("SELECT " + COLUMNS + " FROM follow_up WHERE tenant_id = ? AND id = ?", ps -> {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, id.value());
        });
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public Page<FollowUp> search(FollowUpQuery q, PageRequest page) {
        // Decoded first so that a bad cursor fails even on an empty tenant.
        Optional<FollowUpPosition> after = page.after().map(FollowUpPosition::decode);
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM follow_up WHERE tenant_id = ?");
        List<Object> values = new ArrayList<>();
        values.add(tenant);
        q.customer().ifPresent(c -> {
            sql.append(" AND customer_id = ?");
            values.add(c.value());
        });
        if (!q.assignees().isEmpty()) {
            sql.append(" AND assignee_id IN (").append(Sql.placeholders(q.assignees().size())).append(')');
            q.assignees().stream().map(UserId::value).sorted().forEach(values::add);
        }
        q.status().ifPresent(s -> {
            sql.append(" AND status = ?");
            values.add(FollowUpCodec.status(s));
        });
        q.plannedBefore().ifPresent(t -> {
            sql.append(" AND planned_at < ?");
            values.add(t);
        });
        after.ifPresent(p -> {
            // (planned_at, id) > (?, ?) as a plain range on the index first, as CustomerSearchSql does.
            sql.append(" AND planned_at >= ? AND (planned_at > ? OR id > ?)");
            values.add(p.plannedAt());
            values.add(p.plannedAt());
            values.add(p.id());
        });
        // Columns fixed by equality lead the ORDER BY where they lead an index, so H2 reads that
        // index in order and stops after size + 1 rows (see CustomerSearchSql); the order is the same.
        sql.append(" ORDER BY ").append(orderPrefix(q)).append("planned_at, id LIMIT ?");
        values.add(page.size() + 1);
        List<FollowUp> rows = read(sql.toString(), ps -> {
            for (int i = 0; i < values.size(); i++) {
                FollowUpCodec.bind(ps, i + 1, values.get(i));
            }
        });
        return Page.ofLookahead(rows, page.size(), f -> FollowUpPosition.of(f).encode());
    }

    private static String orderPrefix(FollowUpQuery q) {
        if (q.customer().isPresent()) {
            return "tenant_id, customer_id, ";
        }
        if (q.assignees().size() == 1 && q.status().isPresent()) {
            return "tenant_id, assignee_id, status, ";
        }
        return q.status().isPresent() && q.assignees().isEmpty() ? "tenant_id, status, " : "";
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<FollowUp> read(String sql, Binder binder) {
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), sql)) {
            binder.bind(ps);
            List<FollowUpCodec.Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(FollowUpCodec.row(rs));
                }
            }
            Map<UUID, List<Attachment>> attachments = attachments(rows);
            List<FollowUp> out = new ArrayList<>();
            for (FollowUpCodec.Row r : rows) {
                out.add(r.toFollowUp(attachments.getOrDefault(r.id(), List.of())));
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading follow-ups", e);
        }
    }

    private Map<UUID, List<Attachment>> attachments(List<FollowUpCodec.Row> rows) throws SQLException {
        Map<UUID, List<Attachment>> out = new HashMap<>();
        List<UUID> done = rows.stream().filter(FollowUpCodec.Row::done).map(FollowUpCodec.Row::id).toList();
        ByIds.forEach(tx.connection(), tx.dialect(), tenant,
                "SELECT follow_up_id, name, uri, size_bytes, media_type FROM follow_up_attachment", "follow_up_id",
                "position", done, rs -> out.computeIfAbsent(Sql.uuid(rs, 1), k -> new ArrayList<>())
                        .add(new Attachment(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5))));
        return out;
    }
}
