package io.crmkit.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.audit.AuditEntry;
import io.crmkit.customer.Contact;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerView;
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.PhoneNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every benchmark method once and checks that the three variants do the same work: the
 * same rows for a create, the same data for a view. No timing: this must pass on any machine.
 */
class CustomerBenchmarkSmokeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "h2file", "postgresql"})
    @DisplayName("crmkit, hand-written JDBC and Hibernate write the same rows and read the same view")
    void variantsDoTheSameWork(String kind) throws SQLException {
        if (kind.equals("postgresql")) {
            Assumptions.assumeTrue(System.getenv("CRMKIT_BENCH_PG_URL") != null
                    || Files.isDirectory(Path.of("/usr/lib/postgresql")), "no PostgreSQL available");
        }
        CustomerBenchmark bench = new CustomerBenchmark();
        bench.open(kind);
        try {
            UUID byCrmkit = bench.createCrmkit().value();
            UUID byJdbc = bench.createJdbc();
            UUID byHibernate = bench.createHibernate();
            UUID byHibernateFromInput = bench.createHibernateFromInput();
            bench.stock(3);

            List<String> expected = rows(bench, byCrmkit);
            assertThat(expected).hasSize(1 + 2 + 1 + 14 + 1);
            assertThat(rows(bench, byJdbc)).isEqualTo(expected);
            assertThat(rows(bench, byHibernate)).isEqualTo(expected);
            assertThat(rows(bench, byHibernateFromInput)).isEqualTo(expected);

            CustomerView crmkitView = bench.viewCrmkit();
            HandWrittenView.View jdbcView = bench.viewJdbc();
            HandWrittenView.View hibernateView = bench.viewHibernate().toRows();
            assertThat(crmkitView.customer().details().name()).startsWith("华东精密机械 ");
            assertThat(crmkitView.history().items()).hasSize(1);

            for (UUID id : List.of(byCrmkit, byJdbc, byHibernate)) {
                HandWrittenView.View fromCrmkit = asRows(bench.session().customers().view(new CustomerId(id)));
                assertThat(normalised(bench.jdbc().view(id))).isEqualTo(normalised(fromCrmkit));
                assertThat(normalised(bench.hibernate().view(id).toRows())).isEqualTo(normalised(fromCrmkit));
                assertThat(normalised(fromCrmkit)).isEqualTo(normalised(asRows(crmkitView)));
            }
            assertThat(normalised(jdbcView)).isEqualTo(normalised(asRows(crmkitView)));
            assertThat(normalised(hibernateView)).isEqualTo(normalised(asRows(crmkitView)));
        } finally {
            bench.tearDown();
        }
    }

    /** crmkit's view in the hand-written baseline's shape. */
    private static HandWrittenView.View asRows(CustomerView view) {
        Customer c = view.customer();
        var d = c.details();
        HandWrittenView.CustomerRow row = new HandWrittenView.CustomerRow(c.id().value(), d.type().name(), d.name(),
                d.industry(), d.size().orElse(null), d.region().orElse(null), d.source().orElse(null),
                d.address().map(a -> a.country()).orElse(null), d.address().map(a -> a.province()).orElse(null),
                d.address().map(a -> a.city()).orElse(null), d.address().map(a -> a.district()).orElse(null),
                d.address().map(a -> a.street()).orElse(null), d.address().map(a -> a.postalCode()).orElse(null),
                d.remarks().orElse(null), c.owner().value(), c.lifecycleStatus(), c.createdAt(), c.createdBy().value(),
                c.updatedAt(), c.version());
        List<HandWrittenView.ContactRow> contacts = new ArrayList<>();
        for (Contact k : c.contacts()) {
            contacts.add(new HandWrittenView.ContactRow(k.id().value(), k.name(), k.title().orElse(null),
                    k.department().orElse(null), k.phone().map(PhoneNumber::e164).orElse(null),
                    k.email().map(EmailAddress::value).orElse(null), k.preferredChannel().map(Enum::name).orElse(null),
                    k.relation().orElse(null), String.join(",", k.roles().stream().map(Enum::name).sorted().toList()),
                    k.primary()));
        }
        List<HandWrittenView.AuditRow> history = new ArrayList<>();
        for (AuditEntry e : view.history().items()) {
            history.add(new HandWrittenView.AuditRow(e.id(), e.action(), e.actor().value(), e.at(), e.changes().stream()
                    .map(f -> new HandWrittenView.ChangeRow(f.field(), f.before().orElse(null), f.after().orElse(null)))
                    .toList()));
        }
        return new HandWrittenView.View(row, contacts, List.copyOf(d.needTags()), List.of(), history);
    }

    /** A view as text with its ids, timestamps and name number replaced by placeholders. */
    private static String normalised(HandWrittenView.View v) {
        Map<String, String> replace = new LinkedHashMap<>();
        replace.put(v.customer().id().toString(), "<customer>");
        for (int i = 0; i < v.contacts().size(); i++) {
            replace.put(v.contacts().get(i).id().toString(), "<contact" + i + ">");
        }
        for (int i = 0; i < v.history().size(); i++) {
            replace.put(v.history().get(i).id().toString(), "<entry" + i + ">");
        }
        assertThat(v.customer().updatedAt()).isEqualTo(v.customer().createdAt());
        replace.put(v.customer().createdAt().toString(), "<now>");
        String text = v.toString();
        for (Map.Entry<String, String> e : replace.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text.replaceAll("华东精密机械 \\d+", "华东精密机械 <n>");
    }

    /**
     * Every row the create wrote, as text with ids, timestamps and the name's number replaced
     * by placeholders, in a fixed order.
     */
    private static List<String> rows(CustomerBenchmark bench, UUID customer) throws SQLException {
        List<String> out = new ArrayList<>();
        Map<String, String> replace = new LinkedHashMap<>();
        replace.put(customer.toString(), "<customer>");
        try (Connection c = bench.database().dataSource().getConnection()) {
            List<Map<String, Object>> customers = query(c, "SELECT * FROM customer WHERE tenant_id = ? AND id = ?",
                    customer);
            Instant created = (Instant) customers.get(0).get("created_at");
            replace.put(created.toString(), "<now>");
            List<Map<String, Object>> contacts = query(c, "SELECT * FROM customer_contact WHERE tenant_id = ?"
                    + " AND customer_id = ? ORDER BY position", customer);
            for (int i = 0; i < contacts.size(); i++) {
                replace.put(contacts.get(i).get("id").toString(), "<contact" + i + ">");
            }
            List<Map<String, Object>> entries = query(c, "SELECT * FROM audit_entry WHERE tenant_id = ?"
                    + " AND entity_id = ?", customer.toString());
            assertThat(entries).hasSize(1);
            UUID entry = (UUID) entries.get(0).get("id");
            replace.put(entry.toString(), "<entry>");
            List<Map<String, Object>> changes = query(c, "SELECT * FROM audit_field_change WHERE tenant_id = ?"
                    + " AND entry_id = ? ORDER BY position", entry);
            List<Map<String, Object>> messages = query(c, "SELECT * FROM outbox_message WHERE tenant_id = ?"
                    + " AND aggregate_id = ?", customer.toString());
            assertThat(messages).hasSize(1);
            replace.put(messages.get(0).get("id").toString(), "<message>");
            c.commit();
            for (List<Map<String, Object>> table : List.of(customers, contacts, entries, changes, messages)) {
                for (Map<String, Object> row : table) {
                    String text = row.toString();
                    for (Map.Entry<String, String> e : replace.entrySet()) {
                        text = text.replace(e.getKey(), e.getValue());
                    }
                    out.add(text.replaceAll("华东精密机械 \\d+", "华东精密机械 <n>")
                            .replaceAll("name_key=\\[B@[0-9a-f]+", "name_key=<bytes>"));
                }
            }
        }
        return out;
    }

    private static List<Map<String, Object>> query(Connection c, String sql, Object key) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, BenchFixture.TENANT);
            ps.setObject(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String column = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                        Object value = meta.getColumnTypeName(i).toLowerCase(java.util.Locale.ROOT).contains("timestamp")
                                ? Optional.ofNullable(rs.getObject(i, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                                        .orElse(null)
                                : rs.getObject(i);
                        row.put(column, value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
