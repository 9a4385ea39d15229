package io.crmkit.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Prints PostgreSQL's plan of the outbox claim among many pending messages: loads
 * {@code messages} pending notifications of 100 tenants (default 1,000,000; nearly all
 * scheduled for later, as reminders are, about 0.06 % due now), analyses the table, then prints
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of the statement crmkit's claim selects with (the same text
 * as {@code JdbcOutboxDelivery}) and of a tenant's cancellation by reference, in a transaction
 * that is rolled back.
 *
 * <p>Run: {@code java -cp crm-examples/target/benchmarks.jar io.crmkit.examples.bench.OutboxPlans [messages]}
 * (PostgreSQL: {@code CRMKIT_BENCH_PG_URL} or a private server, see {@link BenchDatabase}).
 */
public final class OutboxPlans {
    private static final String CLAIM = "SELECT tenant_id, attempts, id, aggregate_type, aggregate_id, event_type,"
            + " payload, occurred_at, available_at, reference FROM outbox_message"
            + " WHERE status = ? AND available_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)"
            + " ORDER BY status, available_at, tenant_id, id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String CANCEL = "UPDATE outbox_message SET status = ?"
            + " WHERE tenant_id = ? AND reference = ? AND status = ? AND claimed_by IS NULL";

    private OutboxPlans() {
    }

    /**
     * Loads the messages and prints the plans.
     *
     * @param args optionally the message count
     * @throws SQLException if the database fails
     */
    public static void main(String[] args) throws SQLException {
        int messages = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        try (BenchDatabase db = BenchDatabase.open("postgresql"); Connection c = db.dataSource().getConnection()) {
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_message (tenant_id, id, aggregate_type,"
                    + " aggregate_id, event_type, payload, occurred_at, available_at, status, attempts, reference)"
                    + " SELECT 'crmkit-plan-' || (g % 100), gen_random_uuid(), 'notification', 'user-' || (g % 500),"
                    + " 'followup.reminder', '{\"channel\":\"email\",\"recipient\":\"user\"}', ?,"
                    + " ? + ((g % 100000) - 60) * interval '1 minute', 'PENDING', 0, 'followup:' || (g % 200000)"
                    + " FROM generate_series(1, ?) g")) {
                OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                ps.setObject(1, at);
                ps.setObject(2, at);
                ps.setInt(3, messages);
                ps.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE outbox_message");
            }
            c.setAutoCommit(false);
            System.out.printf("# %,d pending messages, %,d due now%n", messages, count(c, now));
            explain(c, "claim (crmkit's JdbcOutboxDelivery)", CLAIM, ps -> {
                ps.setString(1, "PENDING");
                ps.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setInt(4, 100);
            });
            explain(c, "cancel a task's reminders (JdbcOutbox.cancelPending)", CANCEL, ps -> {
                ps.setString(1, "CANCELLED");
                ps.setString(2, "crmkit-plan-7");
                ps.setString(3, "followup:7");
                ps.setString(4, "PENDING");
            });
            c.rollback();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM outbox_message WHERE tenant_id LIKE 'crmkit-plan-%'");
            }
            c.commit();
        }
    }

    private static long count(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'"
                + " AND available_at <= ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void explain(Connection c, String title, String sql, SegmentPlans.Binder binder) throws SQLException {
        System.out.println();
        System.out.println("## " + title);
        System.out.println(sql);
        SegmentPlans.printPlan(c, sql, binder);
    }
}
