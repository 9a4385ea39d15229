package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.jdbc.internal.Migrations;
import io.crmkit.shared.StorageException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Versions 2, 4 and 5 were once written twice, once per database, differing only in their
 * first comment line; now each is written once for both. A database migrated with the old
 * scripts keeps working: its recorded checksums of exactly those scripts are realigned, and
 * any other difference is still refused.
 */
class MergedMigrationsTest {
    private static final String H2_USER = "sa";

    @Test
    void anH2DatabaseMigratedBeforeTheMergeOpensAndIsRealigned() throws SQLException {
        String url = "jdbc:h2:mem:merge-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrateBeforeMerge(url, H2_USER, "", "h2");
        Map<String, Integer> before = checksums(url, H2_USER, "");

        JdbcStorage.url(url, H2_USER, "").close();

        Map<String, Integer> after = checksums(url, H2_USER, "");
        // Opening applies the versions written since (6 on), and changes nothing else.
        assertThat(after.keySet()).containsAll(before.keySet());
        assertThat(after.keySet()).filteredOn(v -> !before.containsKey(v)).allMatch(v -> Integer.parseInt(v) > 5);
        assertThat(after).containsEntry("1", before.get("1")).containsEntry("3", before.get("3"));
        for (String merged : new String[] {"2", "4", "5"}) {
            assertThat(after.get(merged)).as("version " + merged).isNotEqualTo(before.get(merged));
        }
        // Opening again finds nothing to realign and nothing to apply.
        JdbcStorage.url(url, H2_USER, "").close();
        assertThat(checksums(url, H2_USER, "")).isEqualTo(after);
    }

    @Test
    void aChecksumThatIsNeitherTheOldNorTheNewScriptsIsStillRefused() throws SQLException {
        String url = "jdbc:h2:mem:merge-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrateBeforeMerge(url, H2_USER, "", "h2");
        try (Connection c = java.sql.DriverManager.getConnection(url, H2_USER, "");
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"" + Migrations.HISTORY_TABLE + "\" SET \"checksum\" = 12345 WHERE \"version\" = '4'");
        }
        Map<String, Integer> tampered = checksums(url, H2_USER, "");

        assertThatThrownBy(() -> JdbcStorage.url(url, H2_USER, ""))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("migrating crmkit's schema on h2 failed")
                .hasStackTraceContaining("checksum mismatch");
        assertThat(checksums(url, H2_USER, "")).as("nothing repaired").isEqualTo(tampered);
    }

    @Test
    void aPostgresqlDatabaseMigratedBeforeTheMergeOpensAndIsRealigned() throws SQLException {
        TestStorages.postgres();
        PostgresTestServer.Endpoint e = PostgresTestServer.endpoint().orElseThrow();
        String schema = "merge_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = e.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = e.url() + (e.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        migrateBeforeMerge(url, e.user(), e.password(), "postgresql");
        Map<String, Integer> before = checksums(url, e.user(), e.password());

        JdbcStorage.url(url, e.user(), e.password()).close();

        Map<String, Integer> after = checksums(url, e.user(), e.password());
        assertThat(after).containsEntry("1", before.get("1")).containsEntry("3", before.get("3"));
        assertThat(after.get("2")).isNotEqualTo(before.get("2"));
        assertThat(after.get("5")).isNotEqualTo(before.get("5"));
    }

    /** Migrates with the scripts as they were before versions 2, 4 and 5 were written once. */
    private static void migrateBeforeMerge(String url, String user, String password, String database) {
        Flyway.configure(MergedMigrationsTest.class.getClassLoader())
                .dataSource(url, user, password)
                .table(Migrations.HISTORY_TABLE)
                // V1 and V3 are per database then and now; V2, V4 and V5 as they were written then.
                .locations("classpath:db/crmkit/migration/" + database, "classpath:db/crmkit/before-merge/" + database)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private static Map<String, Integer> checksums(String url, String user, String password) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"checksum\" FROM \"" + Migrations.HISTORY_TABLE + "\""
                     + " WHERE \"version\" <> '0' AND \"success\"")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }
}
