package io.crmkit.examples.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The benchmark rule ({@link SegmentBenchData#RULE}) as SQL written by hand on crmkit's schema
 * and indexes, in the formulations {@link SegmentPlans} compares; {@link #BEST_COUNT} and
 * {@link #BEST_PAGE} are the ones the benchmark measures. Every formulation leaves out the {@code customer} table: the
 * {@code industry} tag's index ({@code tenant_id, dimension, tag_value, customer_id}) already
 * lists the candidates in id order, and the foreign keys guarantee each has a customer row.
 *
 * <p>Parameters, in order: tenant, last-contact bound (exclusive), first and last day of the
 * 12-month window, minimum spend; the first-page statements then take the page size.
 */
public final class HandWrittenSegmentSql {
    /** How the condition is written. */
    public enum Formulation {
        /** A correlated {@code EXISTS} per clause, spend as a correlated {@code SUM} subquery. */
        EXISTS(" FROM customer_tag t"
                + " WHERE t.tenant_id = ? AND t.dimension = 'industry' AND t.tag_value = 'manufacturing'"
                + " AND EXISTS (SELECT 1 FROM customer_tag i WHERE i.tenant_id = t.tenant_id"
                + " AND i.customer_id = t.customer_id AND i.dimension = 'intent'"
                + " AND i.tag_value IN ('high_intent', 'long_term_partner'))"
                + " AND EXISTS (SELECT 1 FROM customer_custom_field f WHERE f.tenant_id = t.tenant_id"
                + " AND f.customer_id = t.customer_id AND f.field_key = 'years_of_cooperation' AND f.number_value >= 3)"
                + " AND EXISTS (SELECT 1 FROM customer_activity a WHERE a.tenant_id = t.tenant_id"
                + " AND a.customer_id = t.customer_id AND a.last_contact_at < ?)"
                + " AND (SELECT SUM(p.base_amount) FROM purchase p WHERE p.tenant_id = t.tenant_id"
                + " AND p.customer_id = t.customer_id AND NOT p.cancelled AND p.purchased_on BETWEEN ? AND ?) >= ?",
                "t.customer_id"),
        /**
         * From {@code customer}, a correlated {@code EXISTS} per clause, spend as
         * {@code EXISTS (… HAVING SUM(…) >= ?)}: the shape crmkit generates, with the constants
         * written in.
         */
        CUSTOMER_EXISTS(" FROM customer t"
                + " WHERE t.tenant_id = ?"
                + " AND EXISTS (SELECT 1 FROM customer_tag d WHERE d.tenant_id = t.tenant_id"
                + " AND d.customer_id = t.id AND d.dimension = 'industry' AND d.tag_value = 'manufacturing')"
                + " AND EXISTS (SELECT 1 FROM customer_tag i WHERE i.tenant_id = t.tenant_id"
                + " AND i.customer_id = t.id AND i.dimension = 'intent'"
                + " AND i.tag_value IN ('high_intent', 'long_term_partner'))"
                + " AND EXISTS (SELECT 1 FROM customer_custom_field f WHERE f.tenant_id = t.tenant_id"
                + " AND f.customer_id = t.id AND f.field_key = 'years_of_cooperation' AND f.number_value >= 3)"
                + " AND EXISTS (SELECT 1 FROM customer_activity a WHERE a.tenant_id = t.tenant_id"
                + " AND a.customer_id = t.id AND a.last_contact_at < ?)"
                + " AND EXISTS (SELECT 1 FROM purchase p WHERE p.tenant_id = t.tenant_id"
                + " AND p.customer_id = t.id AND NOT p.cancelled AND p.purchased_on BETWEEN ? AND ?"
                + " HAVING SUM(p.base_amount) >= ?)", "t.id"),
        /**
         * Joins, with the 12-month spend as a derived table grouped by customer over the whole
         * tenant's purchases in the window.
         */
        JOIN(" FROM customer_tag t"
                + " JOIN customer_tag i ON i.tenant_id = t.tenant_id AND i.customer_id = t.customer_id"
                + " AND i.dimension = 'intent' AND i.tag_value IN ('high_intent', 'long_term_partner')"
                + " JOIN customer_custom_field f ON f.tenant_id = t.tenant_id AND f.customer_id = t.customer_id"
                + " AND f.field_key = 'years_of_cooperation' AND f.value_index = 0 AND f.number_value >= 3"
                + " JOIN customer_activity a ON a.tenant_id = t.tenant_id AND a.customer_id = t.customer_id"
                + " AND a.last_contact_at < ?"
                + " JOIN (SELECT p.customer_id FROM purchase p WHERE p.tenant_id = ? AND NOT p.cancelled"
                + " AND p.purchased_on BETWEEN ? AND ? GROUP BY p.customer_id HAVING SUM(p.base_amount) >= ?) s"
                + " ON s.customer_id = t.customer_id"
                + " WHERE t.tenant_id = ? AND t.dimension = 'industry' AND t.tag_value = 'manufacturing'",
                "t.customer_id");

        private final String body;
        private final String id;

        Formulation(String body, String id) {
            this.body = body;
            this.id = id;
        }

        /** {@return the counting statement} */
        public String countSql() {
            return "SELECT COUNT(*)" + body;
        }

        /** {@return the first-page statement} */
        public String firstPageSql() {
            return "SELECT " + id + body + " ORDER BY " + id + " LIMIT ?";
        }
    }

    /**
     * The count the benchmark measures: the fastest count in {@link SegmentPlans}' comparison on
     * 1,000,000 customers (smoke-level timings on a busy machine; {@code IN (SELECT …)} subqueries
     * correlated on the tenant were also tried and were far slower: PostgreSQL cannot hash them).
     */
    public static final Formulation BEST_COUNT = Formulation.CUSTOMER_EXISTS;
    /**
     * The first page the benchmark measures: the fastest first page in the same comparison (the
     * {@code industry} tag's index gives the candidates in id order, so the scan stops after 20 members).
     */
    public static final Formulation BEST_PAGE = Formulation.EXISTS;

    private final String tenant;
    private final OffsetDateTime contactBefore;
    private final LocalDate from;
    private final LocalDate to;
    private final BigDecimal minimumSpend = new BigDecimal("100000");

    /**
     * Works out the rule's constants.
     *
     * @param tenant the tenant
     * @param now when the rule is evaluated
     * @param zone the deployment's time zone
     */
    public HandWrittenSegmentSql(String tenant, Instant now, ZoneId zone) {
        this.tenant = tenant;
        this.contactBefore = ZonedDateTime.ofInstant(now, zone).minusDays(30).toInstant().atOffset(ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, zone);
        this.from = today.minusMonths(12).plusDays(1);
        this.to = today;
    }

    /**
     * Counts the members.
     *
     * @param c a connection
     * @param f the formulation
     * @return how many
     * @throws SQLException if the database fails
     */
    public long count(Connection c, Formulation f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(f.countSql())) {
            bind(ps, f);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Lists the first page of members in id order.
     *
     * @param c a connection
     * @param f the formulation
     * @param size the page size
     * @return their ids
     * @throws SQLException if the database fails
     */
    public List<UUID> firstPage(Connection c, Formulation f, int size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(f.firstPageSql())) {
            ps.setInt(bind(ps, f), size);
            List<UUID> ids = new ArrayList<>(size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /**
     * Binds the parameters of a formulation.
     *
     * @param ps the statement
     * @param f the formulation
     * @return the next free position
     * @throws SQLException if binding fails
     */
    public int bind(PreparedStatement ps, Formulation f) throws SQLException {
        int i = 1;
        if (f != Formulation.JOIN) {
            ps.setString(i++, tenant);
            ps.setObject(i++, contactBefore);
            ps.setObject(i++, from);
            ps.setObject(i++, to);
            ps.setBigDecimal(i++, minimumSpend);
        } else {
            ps.setObject(i++, contactBefore);
            ps.setString(i++, tenant);
            ps.setObject(i++, from);
            ps.setObject(i++, to);
            ps.setBigDecimal(i++, minimumSpend);
            ps.setString(i++, tenant);
        }
        return i;
    }
}
