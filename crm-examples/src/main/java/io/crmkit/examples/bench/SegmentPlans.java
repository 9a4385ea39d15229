package io.crmkit.examples.bench;

import io.crmkit.jdbc.segment.SegmentSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Prints the query plans of {@link SegmentSqlBenchmark}'s statements: loads the customers as the
 * benchmark does, then for crmkit's count and first-page statements ({@link SegmentSql#of}, with
 * their binds) and for every {@link HandWrittenSegmentSql.Formulation} prints the SQL, the
 * result, {@code EXPLAIN (ANALYZE, BUFFERS)} and the fastest of a few runs (a rough guide for
 * choosing the formulation, not a measurement).
 *
 * <p>Run: {@code java -Xmx1g -cp crm-examples/target/benchmarks.jar io.crmkit.examples.bench.SegmentPlans [customers]}
 * (default 1,000,000; the same database choice as the benchmark: {@code CRMKIT_BENCH_PG_URL} or
 * a private server).
 */
public final class SegmentPlans {
    private static final int RUNS = 3;

    private SegmentPlans() {
    }

    /**
     * Loads the data and prints the plans.
     *
     * @param args optionally the customer count
     * @throws SQLException if the database fails
     */
    public static void main(String[] args) throws SQLException {
        int customers = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        SegmentSqlBenchmark bench = new SegmentSqlBenchmark();
        bench.open(customers);
        try (Connection c = bench.database().dataSource().getConnection()) {
            SegmentSql crmkit = SegmentSql.of(bench.bound());
            System.out.println("# crmkit: condition binds " + crmkit.binds());
            explain(c, "crmkit count", crmkit.countSql(), ps -> crmkit.bind(ps, BenchFixture.TENANT));
            explain(c, "crmkit first page", crmkit.firstPageSql(), ps -> ps.setInt(crmkit.bindFirstPage(ps, BenchFixture.TENANT),
                    SegmentSqlBenchmark.PAGE + 1));
            try (PreparedStatement ps = c.prepareStatement("SELECT relname, relpages, relallvisible, reltuples::bigint"
                    + " FROM pg_class WHERE relname IN ('customer', 'customer_tag', 'customer_custom_field', 'purchase',"
                    + " 'customer_activity') ORDER BY relname"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.printf("# %s: %,d pages, %,d all-visible, %,d rows%n", rs.getString(1), rs.getLong(2),
                            rs.getLong(3), rs.getLong(4));
                }
            }
            HandWrittenSegmentSql hand = bench.hand();
            for (HandWrittenSegmentSql.Formulation f : HandWrittenSegmentSql.Formulation.values()) {
                explain(c, "hand-written " + f + " count", f.countSql(), ps -> hand.bind(ps, f));
                explain(c, "hand-written " + f + " first page", f.firstPageSql(),
                        ps -> ps.setInt(hand.bind(ps, f), SegmentSqlBenchmark.PAGE));
            }
            c.commit();
        } finally {
            bench.tearDown();
        }
    }

    /** Binds a statement's parameters. */
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static void explain(Connection c, String title, String sql, Binder binder) throws SQLException {
        System.out.println();
        System.out.println("## " + title);
        System.out.println(sql);
        long best = Long.MAX_VALUE;
        String result = "";
        for (int run = 0; run < RUNS; run++) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                long start = System.nanoTime();
                int rows = 0;
                String first = "";
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rows++ == 0) {
                            first = rs.getString(1);
                        }
                    }
                }
                best = Math.min(best, System.nanoTime() - start);
                result = rows == 1 ? "result " + first : rows + " rows, first " + first;
            }
        }
        System.out.printf("-- %s; fastest of %d runs: %.1f ms%n", result, RUNS, best / 1e6);
        printPlan(c, sql, binder);
    }

    /** Prints {@code EXPLAIN (ANALYZE, BUFFERS)} of a statement (which runs: roll back after a change). */
    static void printPlan(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.println(rs.getString(1));
                }
            }
        }
    }
}
