package io.crmkit.jdbc.plan;

import io.crmkit.customer.CustomerId;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.notify.Channel;
import io.crmkit.plan.InteractionPlan;
import io.crmkit.plan.InteractionPlanId;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.plan.PlanAction;
import io.crmkit.plan.PlanLastRun;
import io.crmkit.plan.PlanMemberResult;
import io.crmkit.plan.PlanOutcome;
import io.crmkit.plan.PlanSchedule;
import io.crmkit.segment.SegmentId;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link InteractionPlans} on {@code interaction_plan} and {@code interaction_plan_result}.
 * Writes come first and decide by their keys (a result's primary key is plan + customer); a
 * miss or a violation is then explained, reading only on that path. A duplicate result aborts
 * the page's transaction, which is what a concurrent run of the same plan must get.
 */
final class JdbcInteractionPlans implements InteractionPlans {
    private static final String PLAN = InteractionPlan.ENTITY_TYPE;
    private static final String AFTER = "page.after";
    private static final String COLUMNS = "id, name, content, channel, segment_id, start_at, contact_gap_seconds, action,"
            + " owner_id, created_at, updated_at, version";

    private final JdbcTransaction tx;
    private final String tenant;

    JdbcInteractionPlans(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public void insert(InteractionPlan p) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO interaction_plan (tenant_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, p.id().value());
            bindContent(ps, 3, p);
            ps.setString(10, p.owner().value());
            Sql.instant(ps, 11, p.createdAt());
            Sql.instant(ps, 12, p.updatedAt());
            ps.setLong(13, p.version());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw ConflictException.alreadyExists(PLAN, p.id().toString());
            }
            throw Sql.failure("inserting interaction plan " + p.id(), e);
        }
    }

    /** Binds name, content, channel, segment, start, gap and action from {@code first} on. */
    private static void bindContent(PreparedStatement ps, int first, InteractionPlan p) throws SQLException {
        ps.setString(first, p.name());
        ps.setString(first + 1, p.content());
        ps.setString(first + 2, p.channel().name());
        Sql.uuid(ps, first + 3, p.segmentId().value());
        Sql.instant(ps, first + 4, p.schedule().startAt());
        if (p.schedule().gapAfterLastContact().isPresent()) {
            ps.setLong(first + 5, p.schedule().gapAfterLastContact().get().getSeconds());
        } else {
            ps.setNull(first + 5, Types.BIGINT);
        }
        ps.setString(first + 6, p.action().name());
    }

    @Override
    public void update(InteractionPlan p, long expectedVersion) {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE interaction_plan SET name = ?, content = ?,"
                + " channel = ?, segment_id = ?, start_at = ?, contact_gap_seconds = ?, action = ?, updated_at = ?,"
                + " version = ? WHERE tenant_id = ? AND id = ? AND version = ?")) {
            bindContent(ps, 1, p);
            Sql.instant(ps, 8, p.updatedAt());
            ps.setLong(9, p.version());
            ps.setString(10, tenant);
            Sql.uuid(ps, 11, p.id().value());
            ps.setLong(12, expectedVersion);
            if (ps.executeUpdate() == 0) {
                // Nothing matched: a missing plan or a stale version (read only in that case).
                throw ConflictException.staleVersion(PLAN, p.id().toString(), expectedVersion,
                        existing(p.id()).version());
            }
        } catch (SQLException e) {
            throw Sql.failure("updating interaction plan " + p.id(), e);
        }
    }

    @Override
    public boolean delete(InteractionPlanId id) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "DELETE FROM interaction_plan WHERE tenant_id = ? AND id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, id.value());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure("deleting interaction plan " + id, e);
        }
    }

    @Override
    public Optional<InteractionPlan> find(InteractionPlanId id) {
        List<InteractionPlan> found = select(id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<InteractionPlan> all() {
        List<InteractionPlan> all = select(null);
        all.sort(Comparator.comparing(InteractionPlan::name).thenComparing(p -> p.id().toString()));
        return all;
    }

    private List<InteractionPlan> select(InteractionPlanId id) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + COLUMNS
                + " FROM interaction_plan WHERE tenant_id = ?" + (id == null ? "" : " AND id = ?"))) {
            ps.setString(1, tenant);
            if (id != null) {
                Sql.uuid(ps, 2, id.value());
            }
            List<InteractionPlan> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long gap = rs.getLong(7);
                    Optional<Duration> gapAfter = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(gap));
                    out.add(new InteractionPlan(new InteractionPlanId(Sql.uuid(rs, 1)), rs.getString(2), rs.getString(3),
                            new Channel(rs.getString(4)), new SegmentId(Sql.uuid(rs, 5)),
                            new PlanSchedule(Sql.instant(rs, 6), gapAfter), PlanAction.valueOf(rs.getString(8)),
                            UserId.of(rs.getString(9)), Sql.instant(rs, 10), Sql.instant(rs, 11), rs.getLong(12)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading interaction plans", e);
        }
    }

    private InteractionPlan existing(InteractionPlanId id) {
        return find(id).orElseThrow(() -> new NotFoundException(PLAN, id.toString()));
    }

    @Override
    public void recordResult(PlanMemberResult r) {
        // No reads first: the run has read the page's handled members already, and the primary
        // key and the plan's foreign key decide (one statement per member).
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO interaction_plan_result (tenant_id,"
                + " plan_id, customer_id, outcome, reason, handled_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, r.plan().value());
            Sql.uuid(ps, 3, r.customer().value());
            ps.setString(4, r.outcome().name());
            Sql.text(ps, 5, r.reason());
            Sql.instant(ps, 6, r.at());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Another run of the plan handled the member first: this page rolls back, nothing is doubled.
                throw ConflictException.alreadyExists("interaction_plan_result", r.plan() + "/" + r.customer());
            }
            if (Sql.isForeignKeyViolation(e)) {
                throw new NotFoundException(PLAN, r.plan().toString());
            }
            throw Sql.failure("recording a result of interaction plan " + r.plan(), e);
        }
    }

    @Override
    public Set<CustomerId> handled(InteractionPlanId plan, Collection<CustomerId> customers) {
        Set<CustomerId> out = new HashSet<>();
        if (customers.isEmpty()) {
            return out;
        }
        // A run's page is a range of customer ids: one range of the primary key, whatever its size.
        Set<CustomerId> wanted = new HashSet<>(customers);
        Comparator<CustomerId> order = Comparator.comparing(CustomerId::toString);
        CustomerId low = customers.stream().min(order).orElseThrow();
        CustomerId high = customers.stream().max(order).orElseThrow();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT customer_id FROM interaction_plan_result"
                + " WHERE tenant_id = ? AND plan_id = ? AND customer_id >= ? AND customer_id <= ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, plan.value());
            Sql.uuid(ps, 3, low.value());
            Sql.uuid(ps, 4, high.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CustomerId id = new CustomerId(Sql.uuid(rs, 1));
                    if (wanted.contains(id)) {
                        out.add(id);
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading the results of interaction plan " + plan, e);
        }
    }

    @Override
    public Page<PlanMemberResult> results(InteractionPlanId plan, PageRequest page) {
        Optional<UUID> after = page.after().map(JdbcInteractionPlans::customerKey);
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT customer_id, outcome, reason, handled_at"
                + " FROM interaction_plan_result WHERE tenant_id = ? AND plan_id = ?"
                + (after.isPresent() ? " AND customer_id > ?" : "")
                + " ORDER BY tenant_id, plan_id, customer_id LIMIT ?")) {
            int i = 1;
            ps.setString(i++, tenant);
            Sql.uuid(ps, i++, plan.value());
            if (after.isPresent()) {
                Sql.uuid(ps, i++, after.get());
            }
            ps.setInt(i, page.size() + 1);
            List<PlanMemberResult> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PlanMemberResult(plan, new CustomerId(Sql.uuid(rs, 1)),
                            PlanOutcome.valueOf(rs.getString(2)), Sql.text(rs, 3), Sql.instant(rs, 4)));
                }
            }
            return Page.ofLookahead(rows, page.size(), r -> Cursor.of(r.customer().toString()).encode());
        } catch (SQLException e) {
            throw Sql.failure("reading the results of interaction plan " + plan, e);
        }
    }

    private static UUID customerKey(String token) {
        return Cursor.decodeId(token, AFTER);
    }

    @Override
    public Map<PlanOutcome, Long> counts(InteractionPlanId plan) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT outcome, COUNT(*) FROM interaction_plan_result"
                + " WHERE tenant_id = ? AND plan_id = ? GROUP BY outcome")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, plan.value());
            Map<PlanOutcome, Long> out = new EnumMap<>(PlanOutcome.class);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(PlanOutcome.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("counting the results of interaction plan " + plan, e);
        }
    }

    @Override
    public void recordRun(InteractionPlanId plan, Instant at, long members) {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE interaction_plan SET last_run_at = ?,"
                + " last_run_members = ? WHERE tenant_id = ? AND id = ?")) {
            Sql.instant(ps, 1, at);
            ps.setLong(2, members);
            ps.setString(3, tenant);
            Sql.uuid(ps, 4, plan.value());
            if (ps.executeUpdate() == 0) {
                throw new NotFoundException(PLAN, plan.toString());
            }
        } catch (SQLException e) {
            throw Sql.failure("recording a run of interaction plan " + plan, e);
        }
    }

    @Override
    public Optional<PlanLastRun> lastRun(InteractionPlanId plan) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT last_run_at, last_run_members"
                + " FROM interaction_plan WHERE tenant_id = ? AND id = ? AND last_run_at IS NOT NULL")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, plan.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new PlanLastRun(Sql.instant(rs, 1), rs.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.failure("reading the last run of interaction plan " + plan, e);
        }
    }
}
