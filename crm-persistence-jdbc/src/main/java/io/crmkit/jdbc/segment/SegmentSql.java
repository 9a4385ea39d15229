package io.crmkit.jdbc.segment;

import io.crmkit.segment.BoundRule;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The SQL the JDBC adapter runs for a rule, for the benchmarks and for anyone who wants to see
 * or {@code EXPLAIN} it (the same text on H2 and PostgreSQL). Not API: it may change with the
 * adapter. The statements take the tenant id as their first
 * parameter and their parameter values after it ({@link #bind}, {@link #bindFirstPage}); the
 * members statement then takes the page size + 1.
 *
 * @param condition the rule as a boolean expression over {@code customer c}
 * @param countSql the statement counting the members
 * @param firstPageSql the statement listing the first page of members, in id order (over the rows
 *                     of one tag value when every member must have it; see docs/segments.md)
 * @param binds the count's parameter values in order (String, BigDecimal, Boolean, LocalDate or Instant)
 * @param firstPageBinds the first page's parameter values in order
 */
public record SegmentSql(String condition, String countSql, String firstPageSql, List<Object> binds,
                         List<Object> firstPageBinds) {

    /**
     * Checks and copies the components.
     *
     * @param condition see {@link #condition()}
     * @param countSql see {@link #countSql()}
     * @param firstPageSql see {@link #firstPageSql()}
     * @param binds see {@link #binds()}
     * @param firstPageBinds see {@link #firstPageBinds()}
     */
    public SegmentSql {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(countSql, "countSql");
        Objects.requireNonNull(firstPageSql, "firstPageSql");
        binds = List.copyOf(binds);
        firstPageBinds = List.copyOf(firstPageBinds);
    }

    /**
     * Translates a checked rule.
     *
     * @param rule the rule with its vocabulary and evaluation time
     * @return the SQL and its parameter values
     */
    public static SegmentSql of(BoundRule rule) {
        RuleSql.Condition c = RuleSql.of(rule);
        RuleSql.Condition page = RuleSql.forMembers(rule);
        return new SegmentSql(c.sql(), JdbcSegmentMembers.countSql(c), JdbcSegmentMembers.pageSql(page, false),
                c.binds(), page.binds());
    }

    /**
     * Binds the count statement the way the adapter does: the tenant first, then {@link #binds()}.
     *
     * @param ps a statement prepared from {@link #countSql()}
     * @param tenant the tenant id
     * @return the index of the next parameter
     * @throws SQLException if binding fails
     */
    public int bind(PreparedStatement ps, String tenant) throws SQLException {
        ps.setString(1, tenant);
        return JdbcSegmentMembers.bind(ps, 2, binds);
    }

    /**
     * Binds the first-page statement the way the adapter does: the tenant first, then
     * {@link #firstPageBinds()}.
     *
     * @param ps a statement prepared from {@link #firstPageSql()}
     * @param tenant the tenant id
     * @return the index of the next parameter, the page size + 1
     * @throws SQLException if binding fails
     */
    public int bindFirstPage(PreparedStatement ps, String tenant) throws SQLException {
        ps.setString(1, tenant);
        return JdbcSegmentMembers.bind(ps, 2, firstPageBinds);
    }
}
