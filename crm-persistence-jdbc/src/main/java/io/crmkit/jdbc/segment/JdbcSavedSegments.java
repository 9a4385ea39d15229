package io.crmkit.jdbc.segment;

import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.segment.SavedSegments;
import io.crmkit.segment.Segment;
import io.crmkit.segment.SegmentId;
import io.crmkit.segment.SegmentVisibility;
import io.crmkit.segment.rule.RuleLimits;
import io.crmkit.segment.rule.RuleText;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link SavedSegments} on {@code saved_segment}; the rule is kept in its canonical text form.
 * Existence checks come before writes, so a taken name is reported without an error that would
 * abort a PostgreSQL transaction.
 */
final class JdbcSavedSegments implements SavedSegments {
    private static final String SEGMENT = Segment.ENTITY_TYPE;
    /** Read back without the length limit for typed rules: a stored rule was checked when saved. */
    private static final RuleLimits STORED = new RuleLimits(Integer.MAX_VALUE, RuleLimits.DEPTH_CEILING,
            Integer.MAX_VALUE, Integer.MAX_VALUE);
    private static final String COLUMNS = "id, name, description, rule_text, owner_id, shared, created_at, updated_at, version";

    private final JdbcTransaction tx;
    private final String tenant;

    JdbcSavedSegments(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public void insert(Segment s) {
        if (find(s.id()).isPresent()) {
            throw ConflictException.alreadyExists(SEGMENT, s.id().toString());
        }
        requireFreeName(s);
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO saved_segment (tenant_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, s.id().value());
            ps.setString(3, s.name());
            ps.setString(4, s.description());
            ps.setString(5, RuleText.print(s.rule()));
            ps.setString(6, s.owner().value());
            ps.setBoolean(7, s.visibility() == SegmentVisibility.SHARED);
            Sql.instant(ps, 8, s.createdAt());
            Sql.instant(ps, 9, s.updatedAt());
            ps.setLong(10, s.version());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("inserting segment " + s.id(), e);
        }
    }

    private void requireFreeName(Segment s) {
        if (all().stream().anyMatch(other -> other.name().equals(s.name()) && !other.id().equals(s.id()))) {
            throw ConflictException.alreadyExists(SEGMENT, s.name());
        }
    }

    @Override
    public void update(Segment s, long expectedVersion) {
        Segment current = find(s.id()).orElseThrow(() -> new NotFoundException(SEGMENT, s.id().toString()));
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion(SEGMENT, s.id().toString(), expectedVersion, current.version());
        }
        requireFreeName(s);
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE saved_segment SET name = ?, description = ?,"
                + " rule_text = ?, shared = ?, updated_at = ?, version = ? WHERE tenant_id = ? AND id = ? AND version = ?")) {
            ps.setString(1, s.name());
            ps.setString(2, s.description());
            ps.setString(3, RuleText.print(s.rule()));
            ps.setBoolean(4, s.visibility() == SegmentVisibility.SHARED);
            Sql.instant(ps, 5, s.updatedAt());
            ps.setLong(6, s.version());
            ps.setString(7, tenant);
            Sql.uuid(ps, 8, s.id().value());
            ps.setLong(9, expectedVersion);
            if (ps.executeUpdate() == 0) {
                throw ConflictException.staleVersion(SEGMENT, s.id().toString(), expectedVersion, expectedVersion + 1);
            }
        } catch (SQLException e) {
            throw Sql.failure("updating segment " + s.id(), e);
        }
    }

    @Override
    public boolean delete(SegmentId id) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "DELETE FROM saved_segment WHERE tenant_id = ? AND id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, id.value());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure("deleting segment " + id, e);
        }
    }

    @Override
    public Optional<Segment> find(SegmentId id) {
        List<Segment> found = select(" AND id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Segment> all() {
        List<Segment> all = select("", null);
        all.sort(Comparator.comparing(Segment::name));
        return all;
    }

    private List<Segment> select(String condition, SegmentId id) {
        // condition is one of the two constants above, never caller text.
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + COLUMNS
                + " FROM saved_segment WHERE tenant_id = ?" + condition)) {
            ps.setString(1, tenant);
            if (id != null) {
                Sql.uuid(ps, 2, id.value());
            }
            List<Segment> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Segment(new SegmentId(Sql.uuid(rs, 1)), rs.getString(2), rs.getString(3),
                            RuleText.parse(rs.getString(4), STORED), UserId.of(rs.getString(5)),
                            rs.getBoolean(6) ? SegmentVisibility.SHARED : SegmentVisibility.PRIVATE, Sql.instant(rs, 7),
                            Sql.instant(rs, 8), rs.getLong(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading segments", e);
        }
    }
}
