package io.crmkit.jdbc.segment;

import io.crmkit.access.Visibility;
import io.crmkit.customer.CustomerId;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.jdbc.internal.VisibilitySql;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link SegmentMembers} as one SQL statement per call, the rule translated by {@link RuleSql}. */
final class JdbcSegmentMembers implements SegmentMembers {
    private static final String AFTER = "page.after";

    private final JdbcTransaction tx;
    private final String tenant;

    JdbcSegmentMembers(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public long count(BoundRule rule, Visibility visibility) {
        RuleSql.Condition condition = RuleSql.of(rule);
        VisibilitySql visible = VisibilitySql.of(visibility, "c");
        String sql = countSql(condition) + visible.sql().map(v -> " AND " + v).orElse("");
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), sql)) {
            ps.setString(1, tenant);
            visible.bind(ps, bind(ps, 2, condition.binds()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure("counting a segment", e);
        }
    }

    @Override
    public Page<CustomerId> members(BoundRule rule, Visibility visibility, PageRequest page) {
        Optional<CustomerId> after = page.after().map(JdbcSegmentMembers::decode);
        VisibilitySql visible = VisibilitySql.of(visibility, "c");
        // A restricted visibility tests the customer row's owner, so the rows are customers'.
        RuleSql.Condition condition = visible.sql().isPresent() ? RuleSql.of(rule) : RuleSql.forMembers(rule);
        String sql = pageSql(condition, after.isPresent(), visible.sql());
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), sql)) {
            int i = 1;
            ps.setString(i++, tenant);
            if (after.isPresent()) {
                Sql.uuid(ps, i++, after.get().value());
            }
            i = visible.bind(ps, bind(ps, i, condition.binds()));
            ps.setInt(i, page.size() + 1);
            List<CustomerId> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(new CustomerId(Sql.uuid(rs, 1)));
                }
            }
            if (ids.size() <= page.size()) {
                return new Page<>(ids, Optional.empty());
            }
            List<CustomerId> items = ids.subList(0, page.size());
            return new Page<>(items, Optional.of(Cursor.of(items.get(items.size() - 1).toString()).encode()));
        } catch (SQLException e) {
            throw Sql.failure("listing a segment's members", e);
        }
    }

    static String countSql(RuleSql.Condition condition) {
        return "SELECT COUNT(*) FROM customer c WHERE c.tenant_id = ? AND " + condition.sql();
    }

    static String pageSql(RuleSql.Condition condition, boolean after) {
        return pageSql(condition, after, Optional.empty());
    }

    private static String pageSql(RuleSql.Condition condition, boolean after, Optional<String> visible) {
        RuleSql.Source s = condition.source();
        return "SELECT " + s.id + " FROM " + s.table + " WHERE " + s.tenant + " = ?" + (after ? " AND " + s.id + " > ?" : "")
                + " AND " + condition.sql() + visible.map(v -> " AND " + v).orElse("") + " ORDER BY " + s.order + " LIMIT ?";
    }

    private static CustomerId decode(String token) {
        return new CustomerId(Cursor.decodeId(token, AFTER));
    }

    /** Binds the translator's values from position {@code first}; returns the next free position. */
    static int bind(PreparedStatement ps, int first, List<Object> values) throws SQLException {
        int i = first;
        for (Object v : values) {
            if (v instanceof String s) {
                ps.setString(i, s);
            } else if (v instanceof BigDecimal d) {
                ps.setBigDecimal(i, d);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(i, b);
            } else if (v instanceof LocalDate d) {
                ps.setObject(i, d);
            } else if (v instanceof Instant t) {
                Sql.instant(ps, i, t);
            } else {
                throw new IllegalArgumentException("cannot bind " + v.getClass());
            }
            i++;
        }
        return i;
    }
}
