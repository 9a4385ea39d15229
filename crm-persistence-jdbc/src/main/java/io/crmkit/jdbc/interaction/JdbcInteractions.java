package io.crmkit.jdbc.interaction;

import io.crmkit.customer.ContactId;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.Interactions;
import io.crmkit.jdbc.internal.ByIds;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.UserId;
import io.crmkit.timeline.TimelinePosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Interactions} on {@code interaction} and {@code interaction_participant}. A customer's
 * interactions are read newest first by keyset on {@code (occurred_at, id)}, a range of
 * {@code interaction_customer_idx}. Changes are conditional on the version; only when one
 * matches nothing is the interaction read, to tell a missing one from a stale version. A taken id
 * or a missing customer on insert is translated from the database's error.
 */
final class JdbcInteractions implements Interactions {
    private static final String INTERACTION = Interaction.ENTITY_TYPE;
    private static final String COLUMNS = "id, customer_id, kind, occurred_at, duration_nanos, summary, opportunity_id,"
            + " ticket_id, recorded_by, created_at, updated_at, version";

    private final JdbcTransaction tx;
    private final String tenant;

    JdbcInteractions(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public void insert(Interaction i) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO interaction (tenant_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, i.id().value());
            Sql.uuid(ps, 3, i.customerId().value());
            ps.setString(4, i.kind());
            Sql.instant(ps, 5, i.occurredAt());
            ps.setLong(6, i.duration().toNanos());
            ps.setString(7, i.summary());
            Sql.text(ps, 8, i.opportunityId());
            Sql.text(ps, 9, i.ticketId());
            ps.setString(10, i.recordedBy().value());
            Sql.instant(ps, 11, i.createdAt());
            Sql.instant(ps, 12, i.updatedAt());
            ps.setLong(13, i.version());
            ps.executeUpdate();
        } catch (SQLException e) {
            // Translated, not pre-checked: a failed statement ends the unit of work anyway, and the
            // service has already read the customer.
            if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw ConflictException.alreadyExists(INTERACTION, i.id().toString());
            }
            if (Sql.isForeignKeyViolation(e)) {
                throw new NotFoundException(Customer.ENTITY_TYPE, i.customerId().toString());
            }
            throw Sql.failure("inserting interaction " + i.id(), e);
        }
        insertParticipants(i);
    }

    @Override
    public void update(Interaction i, long expectedVersion) {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE interaction SET kind = ?, occurred_at = ?,"
                + " duration_nanos = ?, summary = ?, opportunity_id = ?, ticket_id = ?, updated_at = ?, version = ?"
                + " WHERE tenant_id = ? AND id = ? AND version = ?")) {
            ps.setString(1, i.kind());
            Sql.instant(ps, 2, i.occurredAt());
            ps.setLong(3, i.duration().toNanos());
            ps.setString(4, i.summary());
            Sql.text(ps, 5, i.opportunityId());
            Sql.text(ps, 6, i.ticketId());
            Sql.instant(ps, 7, i.updatedAt());
            ps.setLong(8, i.version());
            ps.setString(9, tenant);
            Sql.uuid(ps, 10, i.id().value());
            ps.setLong(11, expectedVersion);
            if (ps.executeUpdate() == 0) {
                throw stale(i.id(), expectedVersion);
            }
        } catch (SQLException e) {
            throw Sql.failure("updating interaction " + i.id(), e);
        }
        deleteParticipants(i.id());
        insertParticipants(i);
    }

    @Override
    public void delete(InteractionId id, long expectedVersion) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "DELETE FROM interaction WHERE tenant_id = ? AND id = ? AND version = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, id.value());
            ps.setLong(3, expectedVersion);
            if (ps.executeUpdate() == 0) {
                throw stale(id, expectedVersion);
            }
        } catch (SQLException e) {
            throw Sql.failure("deleting interaction " + id, e);
        }
    }

    /** Why a conditional change matched nothing: the interaction is gone, or its version moved on. */
    private RuntimeException stale(InteractionId id, long expectedVersion) {
        Interaction current = find(id).orElseThrow(() -> new NotFoundException(INTERACTION, id.toString()));
        return ConflictException.staleVersion(INTERACTION, id.toString(), expectedVersion, current.version());
    }

    private void deleteParticipants(InteractionId id) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "DELETE FROM interaction_participant WHERE tenant_id = ? AND interaction_id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, id.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("replacing the participants of interaction " + id, e);
        }
    }

    private void insertParticipants(Interaction i) {
        if (i.contacts().isEmpty() && i.users().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO interaction_participant (tenant_id,"
                + " interaction_id, position, contact_id, user_id) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ContactId c : i.contacts()) {
                participant(ps, i.id(), position++, c.value(), null);
            }
            for (UserId u : i.users()) {
                participant(ps, i.id(), position++, null, u.value());
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("inserting the participants of interaction " + i.id(), e);
        }
    }

    private void participant(PreparedStatement ps, InteractionId id, int position, UUID contact, String user)
            throws SQLException {
        ps.setString(1, tenant);
        Sql.uuid(ps, 2, id.value());
        ps.setInt(3, position);
        ps.setObject(4, contact);
        ps.setString(5, user);
        ps.addBatch();
    }

    @Override
    public Optional<Interaction> find(InteractionId id) {
        List<Interaction> found = select(" AND id = ?", List.of(id.value()), "", 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public Page<Interaction> ofCustomer(CustomerId customer, PageRequest page) {
        Optional<TimelinePosition> after = page.after().map(t -> TimelinePosition.decode(t, "page.after"));
        List<Object> params = new ArrayList<>(List.of(customer.value()));
        String condition = " AND customer_id = ?";
        if (after.isPresent()) {
            // (occurred_at, id) < (?, ?) in the index-friendly form used for the audit trail too.
            condition += " AND occurred_at <= ? AND (occurred_at < ? OR id < ?)";
            params.add(after.get().at());
            params.add(after.get().at());
            params.add(after.get().id());
        }
        List<Interaction> rows = select(condition, params,
                " ORDER BY tenant_id DESC, customer_id DESC, occurred_at DESC, id DESC", page.size() + 1);
        return Page.ofLookahead(rows, page.size(), i -> new TimelinePosition(i.occurredAt(), i.id().value()).encode());
    }

    /** Reads interactions; {@code condition} and {@code order} are constants of this class, never caller text. */
    private List<Interaction> select(String condition, List<Object> params, String order, int limit) {
        Connection c = tx.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM interaction WHERE tenant_id = ?"
                + condition + order + " LIMIT ?")) {
            int i = 1;
            ps.setString(i++, tenant);
            for (Object p : params) {
                if (p instanceof Instant at) {
                    Sql.instant(ps, i++, at);
                } else {
                    ps.setObject(i++, p);
                }
            }
            ps.setInt(i, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(Sql.uuid(rs, 1), rs));
                }
            }
            Map<UUID, List<Object>> participants = participants(c, rows.stream().map(Row::id).toList());
            List<Interaction> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                out.add(r.interaction(participants.getOrDefault(r.id(), List.of())));
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading interactions", e);
        }
    }

    private Map<UUID, List<Object>> participants(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, List<Object>> out = new HashMap<>();
        ByIds.forEach(c, tx.dialect(), tenant, "SELECT interaction_id, contact_id, user_id FROM interaction_participant",
                "interaction_id", "position", ids, rs -> {
                    UUID contact = Sql.uuid(rs, 2);
                    out.computeIfAbsent(Sql.uuid(rs, 1), k -> new ArrayList<>())
                            .add(contact != null ? new ContactId(contact) : UserId.of(rs.getString(3)));
                });
        return out;
    }

    /** An {@code interaction} row read before its participants, as the interaction without them. */
    private record Row(UUID id, Interaction bare) {
        Row(UUID id, ResultSet rs) throws SQLException {
            this(id, new Interaction(new InteractionId(id), new CustomerId(Sql.uuid(rs, 2)), rs.getString(3),
                    Sql.instant(rs, 4), Duration.ofNanos(rs.getLong(5)), List.of(), List.of(), rs.getString(6),
                    Sql.text(rs, 7), Sql.text(rs, 8), UserId.of(rs.getString(9)), Sql.instant(rs, 10),
                    Sql.instant(rs, 11), rs.getLong(12)));
        }

        Interaction interaction(List<Object> participants) {
            List<ContactId> contacts = new ArrayList<>();
            List<UserId> users = new ArrayList<>();
            for (Object p : participants) {
                if (p instanceof ContactId c) {
                    contacts.add(c);
                } else {
                    users.add((UserId) p);
                }
            }
            Interaction b = bare;
            return new Interaction(b.id(), b.customerId(), b.kind(), b.occurredAt(), b.duration(), contacts, users,
                    b.summary(), b.opportunityId(), b.ticketId(), b.recordedBy(), b.createdAt(), b.updatedAt(),
                    b.version());
        }
    }
}
