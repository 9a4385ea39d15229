package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.jdbc.internal.Dialect;
import io.crmkit.jdbc.internal.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The migrated schema as a host sees it through plain JDBC metadata: the tables crmkit's
 * migration scripts create and no others, the history table, and {@code tenant_id} leading
 * every key and index.
 *
 * <p>The expected tables are read from the scripts on the class path (the ones Flyway runs:
 * {@code db/crmkit/migration/common} and the database's own folder, in version order, each
 * {@code CREATE TABLE} adding a table and each {@code DROP TABLE} removing one), so a feature
 * that adds a table in a migration needs no edit here.
 */
abstract class SchemaChecks {
    private static final String MIGRATIONS = "db/crmkit/migration/";
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final Pattern COMMENT = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern TABLE_DDL = Pattern.compile(
            "\\b(CREATE|DROP)\\s+TABLE\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);
    /** Deliberately not led by tenant_id: dispatchers claim across tenants (see V3__outbox_delivery.sql). */
    private static final Set<String> CROSS_TENANT_INDEXES = Set.of("outbox_message_claim_idx");

    protected abstract TestStorages.TestDatabase database();

    /** The name-order column: {@code name} on PostgreSQL, the generated {@code name_key} on H2. */
    protected abstract String nameOrderColumn();

    /**
     * The tables crmkit's migration scripts for a database leave, lower case: the scripts'
     * {@code CREATE TABLE}s less their {@code DROP TABLE}s, in the scripts' version order.
     */
    static Set<String> migratedTables(String database) {
        List<Script> scripts = new ArrayList<>(scripts(MIGRATIONS + "common"));
        scripts.addAll(scripts(MIGRATIONS + database));
        scripts.sort(Comparator.comparingInt(Script::version));
        Set<String> out = new TreeSet<>();
        for (Script script : scripts) {
            Matcher m = TABLE_DDL.matcher(COMMENT.matcher(script.sql()).replaceAll(" "));
            while (m.find()) {
                String table = m.group(2).toLowerCase(Locale.ROOT);
                if (m.group(1).equalsIgnoreCase("CREATE")) {
                    out.add(table);
                } else {
                    out.remove(table);
                }
            }
        }
        assertThat(out).as("tables of the scripts " + scripts.stream().map(Script::name).toList()).isNotEmpty();
        return out;
    }

    /** A versioned migration script: {@code V<version>__<description>.sql}. */
    private record Script(int version, String name, String sql) {
    }

    /** The versioned migration scripts of one folder of the class path, in a directory or a jar. */
    private static List<Script> scripts(String folder) {
        URL url = SchemaChecks.class.getClassLoader().getResource(folder);
        assertThat(url).as("migration folder " + folder + " on the class path").isNotNull();
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return scripts(jar.getPath(folder));
                }
            }
            return scripts(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Script> scripts(Path dir) throws IOException {
        List<Script> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Matcher m = VERSION.matcher(file.getFileName().toString());
                if (m.matches()) {
                    out.add(new Script(Integer.parseInt(m.group(1)), file.getFileName().toString(),
                            Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    /** The tables of the connection's schema, lower case. */
    private static Set<String> tables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Set<String> out = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Index name to its columns in order, lower case; expression columns as the driver names them. */
    private static Map<String, List<String>> indexes(DatabaseMetaData meta, String table) throws SQLException {
        String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        Map<String, List<String>> out = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, null, stored, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null) {
                    continue;
                }
                int position = rs.getInt("ORDINAL_POSITION");
                List<String> columns = out.computeIfAbsent(index.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                while (columns.size() < position) {
                    columns.add("");
                }
                columns.set(position - 1, String.valueOf(rs.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    @Test
    @DisplayName("has the tables the migration scripts create, crmkit's own migration history table, and no others")
    void hasTheTables() throws SQLException {
        try (Connection c = database().connect()) {
            Set<String> expected = new TreeSet<>(migratedTables(Dialect.of(c).key()));
            expected.add(Migrations.HISTORY_TABLE);
            assertThat(tables(c)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    @DisplayName("tenant_id leads every primary key and every index but the outbox's cross-tenant delivery indexes")
    void tenantLeadsEveryIndex() throws SQLException {
        try (Connection c = database().connect()) {
            for (String table : migratedTables(Dialect.of(c).key())) {
                Map<String, List<String>> indexes = indexes(c.getMetaData(), table);
                assertThat(indexes).as(table).isNotEmpty();
                indexes.forEach((index, columns) -> {
                    if (!CROSS_TENANT_INDEXES.contains(index)) {
                        assertThat(columns.get(0)).as(table + "." + index).isEqualTo("tenant_id");
                    }
                });
            }
        }
    }

    @Test
    @DisplayName("has the outbox's delivery indexes: due messages and expired leases of all tenants, references per tenant")
    void hasTheOutboxDeliveryIndexes() throws SQLException {
        try (Connection c = database().connect()) {
            Map<String, List<String>> indexes = indexes(c.getMetaData(), "outbox_message");
            assertThat(indexes.get("outbox_message_claim_idx")).containsExactly("status", "available_at", "tenant_id", "id");
            assertThat(indexes.get("outbox_message_reference_idx")).containsExactly("tenant_id", "reference");
            assertThat(indexes).doesNotContainKey("outbox_message_due_idx");
        }
    }

    @Test
    @DisplayName("has an index per sort order, ending in id, for keyset paging")
    void hasTheSortIndexes() throws SQLException {
        try (Connection c = database().connect()) {
            Map<String, List<String>> indexes = indexes(c.getMetaData(), "customer");
            assertThat(indexes.get("customer_name_idx")).containsExactly("tenant_id", nameOrderColumn(), "id");
            assertThat(indexes.get("customer_created_idx")).containsExactly("tenant_id", "created_at", "id");
            assertThat(indexes.get("customer_updated_idx")).containsExactly("tenant_id", "updated_at", "id");
            Map<String, List<String>> contacts = indexes(c.getMetaData(), "customer_contact");
            assertThat(contacts.get("customer_contact_phone_idx")).containsExactly("tenant_id", "phone");
            assertThat(contacts.get("customer_contact_email_idx")).containsExactly("tenant_id", "email");
        }
    }
}
