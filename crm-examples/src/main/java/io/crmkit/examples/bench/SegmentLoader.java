package io.crmkit.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads {@link SegmentBenchData}'s customers into crmkit's PostgreSQL schema with {@code COPY}:
 * the rows crmkit's segment SQL reads ({@code customer}, {@code customer_tag},
 * {@code customer_custom_field}, {@code purchase}, {@code customer_activity}; no contacts,
 * audit or outbox rows, which segments do not read), in the benchmark tenant, in chunks of
 * {@value #CHUNK} customers, in one transaction.
 *
 * <p>When the five tables are empty (a fresh database, such as the private server), their
 * secondary indexes are dropped before the load and re-created from their own definitions
 * afterwards, which is several times faster than maintaining them row by row; primary keys,
 * unique and foreign keys stay in place throughout. Then {@code VACUUM ANALYZE}, table by table,
 * for statistics and a visibility map, as tables of a database in use would have. Open issue:
 * after it, {@code pg_class.relallvisible} is still 0 for the four child tables (only
 * {@code customer} is all-visible), so index-only scans on them still fetch heap pages
 * ({@link SegmentPlans} prints both); the cause is not yet known.
 */
public final class SegmentLoader {
    private static final int CHUNK = 20_000;
    private static final String[] TABLES = {"customer", "customer_tag", "customer_custom_field", "purchase",
        "customer_activity"};
    private static final String[] COPY = {
        "COPY customer (tenant_id, id, customer_type, name, name_lower, industry, owner_id, lifecycle_status,"
            + " created_at, created_by, updated_at, version) FROM STDIN",
        "COPY customer_tag (tenant_id, customer_id, dimension, tag_value) FROM STDIN",
        "COPY customer_custom_field (tenant_id, customer_id, field_key, value_index, value_type, number_value)"
            + " FROM STDIN",
        "COPY purchase (tenant_id, id, customer_id, order_reference, purchased_on, amount, currency, margin,"
            + " exchange_rate, base_currency, base_amount, base_margin, cancelled, recorded_at, updated_at, version)"
            + " FROM STDIN",
        "COPY customer_activity (tenant_id, customer_id, last_contact_at) FROM STDIN",
    };

    private SegmentLoader() {
    }

    /**
     * Loads customers {@code 0} to {@code count - 1}.
     *
     * @param dataSource the pool (auto-commit off), on a PostgreSQL whose schema crmkit has migrated
     *     and that has no rows of the benchmark tenant
     * @param count how many customers
     * @return how many rows were written, all tables together
     * @throws SQLException if the database fails
     */
    public static long load(DataSource dataSource, int count) throws SQLException {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            List<String> indexes = empty(c) ? dropIndexes(c) : List.of();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder[] out = new StringBuilder[TABLES.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = new StringBuilder(1 << 20);
            }
            for (int from = 0; from < count; from += CHUNK) {
                int to = Math.min(count, from + CHUNK);
                for (StringBuilder b : out) {
                    b.setLength(0);
                }
                for (int i = from; i < to; i++) {
                    write(SegmentBenchData.row(i), out);
                }
                for (int t = 0; t < TABLES.length; t++) {
                    rows += copy(copy, COPY[t], out[t]);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET maintenance_work_mem = '256MB'");
                for (String index : indexes) {
                    s.execute(index);
                }
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : TABLES) {
                    s.execute("VACUUM ANALYZE " + table);
                }
            } finally {
                c.setAutoCommit(false);
            }
        }
        return rows;
    }

    private static long copy(CopyManager copy, String sql, StringBuilder data) throws SQLException {
        try {
            return copy.copyIn(sql, new java.io.ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean empty(Connection c) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < TABLES.length; i++) {
            sql.append(i == 0 ? "" : " AND ").append("NOT EXISTS (SELECT 1 FROM ").append(TABLES[i]).append(')');
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Drops the tables' indexes that back no constraint; returns the statements re-creating them. */
    private static List<String> dropIndexes(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT x.indexrelid::regclass::text,"
                + " pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid"
                + " WHERE t.relname = ANY (?) AND t.relnamespace = current_schema()::regnamespace"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)")) {
            ps.setArray(1, c.createArrayOf("text", TABLES));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("DROP INDEX " + name);
            }
        }
        return definitions;
    }

    private static void write(SegmentBenchData.Row r, StringBuilder[] out) {
        String tenant = BenchFixture.TENANT;
        String id = r.id().toString();
        String created = r.created().toString();
        out[0].append(tenant).append('\t').append(id).append("\tCOMPANY\t").append(r.name()).append('\t')
                .append(r.name()).append('\t').append(r.industry() == null ? "other" : r.industry()).append('\t')
                .append(BenchFixture.USER).append("\tprospect\t").append(created).append('\t').append(BenchFixture.USER)
                .append('\t').append(created).append("\t1\n");
        for (String[] t : r.tags()) {
            out[1].append(tenant).append('\t').append(id).append('\t').append(t[0]).append('\t').append(t[1])
                    .append('\n');
        }
        if (r.years() >= 0) {
            out[2].append(tenant).append('\t').append(id).append("\tyears_of_cooperation\t0\tINTEGER\t")
                    .append(r.years()).append('\n');
        }
        for (int k = 0; k < r.purchaseDays().length; k++) {
            String amount = r.amount(k).toPlainString();
            String margin = r.margin(k).toPlainString();
            out[3].append(tenant).append('\t').append(r.purchaseId(k)).append('\t').append(id).append('\t')
                    .append(r.orderReference(k)).append('\t').append(LocalDate.ofEpochDay(r.purchaseDays()[k]))
                    .append('\t').append(amount).append("\tCNY\t").append(margin).append('\t').append(BigDecimal.ONE)
                    .append("\tCNY\t").append(amount).append('\t').append(margin).append('\t')
                    .append(r.cancelled()[k] ? 't' : 'f').append('\t').append(created).append('\t').append(created)
                    .append("\t1\n");
        }
        if (r.lastContactMicros() != Long.MIN_VALUE) {
            Instant at = r.lastContact().orElseThrow();
            out[4].append(tenant).append('\t').append(id).append('\t').append(at).append('\n');
        }
    }
}
