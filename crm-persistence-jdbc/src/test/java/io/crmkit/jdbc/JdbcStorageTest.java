package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.access.Visibility;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.Customers;
import io.crmkit.kit.ContractFixtures;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.StorageException;
import io.crmkit.shared.TenantId;
import io.crmkit.spi.StorageProviders;
import io.crmkit.storage.Storage;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is particular to the JDBC adapter: files, URLs, discovery, migrations, pools, limits. */
class JdbcStorageTest {
    private final TenantId tenant = ContractFixtures.freshTenant();

    private static Optional<Customer> find(Storage s, TenantId t, Customer c) {
        return s.inTransaction(t, tx -> tx.port(Customers.class).find(c.id()));
    }

    private static void insert(Storage s, TenantId t, Customer c) {
        s.inTransaction(t, tx -> {
            tx.port(Customers.class).insert(c);
            return null;
        });
    }

    private static long count(Storage s, TenantId t) {
        return s.inTransaction(t, tx -> tx.port(Customers.class).count(CustomerQuery.all(), Visibility.wholeTenant()));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean hasCustomerTable(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "CUSTOMER", null)) {
            return rs.next();
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsDataAcrossRestarts(@TempDir Path dir) {
        Customer c = ContractFixtures.full("persisted");
        try (JdbcStorage s = JdbcStorage.embedded(dir.resolve("new/sub dir"))) {
            assertThat(s.name()).isEqualTo("h2");
            insert(s, tenant, c);
        }
        try (JdbcStorage s = JdbcStorage.embedded(dir.resolve("new/sub dir"))) {
            assertThat(find(s, tenant, c)).contains(c);
        }
    }

    @Test
    void refusesNamesAndPathsThatWouldBecomeH2Settings() {
        assertThatThrownBy(() -> JdbcStorage.h2InMemory("x;INIT=RUNSCRIPT FROM 'evil.sql'"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcStorage.embedded(Path.of("/tmp/a;INIT=x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInMemoryDatabaseIsGoneWhenItsStorageCloses() throws SQLException {
        Customer c = ContractFixtures.minimal("ephemeral");
        JdbcStorage s = JdbcStorage.h2InMemory("closing");
        insert(s, tenant, c);
        s.close();
        s.close();
        assertThatThrownBy(() -> find(s, tenant, c)).isInstanceOf(StorageException.class).hasMessageContaining("closed");
        try (Connection again = DriverManager.getConnection("jdbc:h2:mem:closing", "sa", "")) {
            assertThat(hasCustomerTable(again)).isFalse();
        }
    }

    @Test
    void isFoundByUrlThroughProviderDiscovery() {
        try (Storage s = StorageProviders.open("jdbc:h2:mem:discovered;DB_CLOSE_DELAY=-1", Map.of("user", "sa"))) {
            assertThat(s).isInstanceOf(JdbcStorage.class);
            assertThat(s.name()).isEqualTo("h2");
            assertThat(count(s, tenant)).isZero();
        }
        JdbcStorageProvider provider = new JdbcStorageProvider();
        assertThat(provider.accepts("jdbc:postgresql://db/crm")).isTrue();
        assertThat(provider.accepts("jdbc:h2:mem:x")).isTrue();
        assertThat(provider.accepts("jdbc:mysql://db/crm")).isFalse();
        assertThat(provider.accepts("memory:")).isFalse();
    }

    @Test
    void theProviderRefusesUnknownPropertiesAndCanLeaveTheSchemaAlone() throws SQLException {
        JdbcStorageProvider provider = new JdbcStorageProvider();
        assertThatThrownBy(() -> provider.open("jdbc:h2:mem:typo", Map.of("pasword", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pasword");
        assertThatThrownBy(() -> provider.open("jdbc:h2:mem:typo", Map.of("migrate", "yes")))
                .isInstanceOf(IllegalArgumentException.class);
        String url = "jdbc:h2:mem:unmigrated;DB_CLOSE_DELAY=-1";
        try (Storage s = provider.open(url, Map.of("user", "sa", "migrate", "false"));
             Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(hasCustomerTable(c)).isFalse();
            assertThatThrownBy(() -> s.inTransaction(tenant, tx -> tx.port(Customers.class).count(CustomerQuery.all(), Visibility.wholeTenant())))
                    .isInstanceOf(StorageException.class).hasMessageContaining("SQLSTATE");
        }
    }

    @Test
    void migratesBesideAHostsOwnTablesAndFlywayHistory() throws SQLException {
        String url = "jdbc:h2:mem:host-schema;DB_CLOSE_DELAY=-1";
        try (Connection host = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = host.createStatement()) {
                s.execute("CREATE TABLE orders (id INT PRIMARY KEY)");
                s.execute("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT PRIMARY KEY)");
                s.execute("INSERT INTO orders VALUES (1)");
            }
            try (JdbcStorage first = JdbcStorage.url(url, "sa", "");
                 JdbcStorage second = JdbcStorage.url(url, "sa", "")) {
                insert(first, tenant, ContractFixtures.minimal("a"));
                assertThat(count(second, tenant)).isEqualTo(1);
            }
            assertThat(count(host, "SELECT COUNT(*) FROM orders")).isEqualTo(1);
            assertThat(count(host, "SELECT COUNT(*) FROM \"flyway_schema_history\"")).isZero();
            assertThat(count(host, "SELECT COUNT(*) FROM \"crmkit_schema_history\" WHERE \"success\" AND \"version\" = '1'"))
                    .as("V1 applied exactly once").isEqualTo(1);
        }
    }

    @Test
    void aHostThatMigratesItselfOpensWithoutMigrating() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:self-migrating;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        try (JdbcStorage skipped = JdbcStorage.dataSource(ds, SchemaMigration.SKIP); Connection c = ds.getConnection()) {
            assertThat(hasCustomerTable(c)).isFalse();
            JdbcStorage.migrate(ds);
            assertThat(hasCustomerTable(c)).isTrue();
            insert(skipped, tenant, ContractFixtures.minimal("after migrating"));
        }
    }

    @Test
    void givesAHostsConnectionBackWithAutoCommitAsItWas() throws SQLException {
        try (Connection real = DriverManager.getConnection("jdbc:h2:mem:auto-commit;DB_CLOSE_DELAY=-1", "sa", "")) {
            assertThat(real.getAutoCommit()).isTrue();
            // A one-connection "pool": close() gives the connection back instead of closing it.
            Connection pooled = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) ->
                            method.getName().equals("close") ? null : method.invoke(real, args));
            DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            return pooled;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            try (JdbcStorage s = JdbcStorage.dataSource(pool)) {
                insert(s, tenant, ContractFixtures.minimal("pooled"));
                assertThat(real.getAutoCommit()).isTrue();
                assertThat(real.isClosed()).isFalse();
            }
            assertThat(real.isClosed()).as("the host's pool stays open").isFalse();
        }
    }

    @Test
    void aStorageOnAConnectionProviderTouchesNoConnectionUntilUsed() {
        JdbcStorage joined = JdbcStorage.connectionProvider(() -> {
            throw new SQLException("no host transaction yet");
        });
        assertThat(joined.name()).isEqualTo("jdbc");
        assertThatThrownBy(() -> joined.inTransaction(tenant, tx -> null)).isInstanceOf(StorageException.class)
                .hasRootCauseMessage("no host transaction yet");
    }

    @Test
    void refusesNumbersItsColumnWouldRoundRatherThanStoreAnotherValue() {
        Storage s = TestStorages.h2Memory().storage();
        Customer base = ContractFixtures.minimal("precise");
        Customer c = new Customer(base.id(), base.details().toBuilder()
                .customField("ratio", CustomFieldValue.decimal(new BigDecimal("0.12345678901"))).build(),
                base.contacts(), base.owner(), base.lifecycleStatus(), base.createdAt(), base.createdBy(),
                base.updatedAt(), 1);
        assertThatThrownBy(() -> insert(s, tenant, c)).isInstanceOf(StorageException.class)
                .hasMessageContaining("ratio");
        assertThat(find(s, tenant, c)).isEmpty();
    }

    @Test
    void keepsAMultipleChoiceOfNoneApartFromNoValue() {
        Storage s = TestStorages.h2Memory().storage();
        Customer base = ContractFixtures.minimal("undecided");
        Customer c = new Customer(base.id(), base.details().toBuilder()
                .customField("channels", CustomFieldValue.choices(java.util.Set.of())).build(),
                base.contacts(), base.owner(), base.lifecycleStatus(), base.createdAt(), base.createdBy(),
                base.updatedAt(), 1);
        insert(s, tenant, c);
        assertThat(find(s, tenant, c)).contains(c);
    }

    @Test
    void searchTextIsNeverSql() {
        Storage s = TestStorages.h2Memory().storage();
        Customer c = ContractFixtures.minimal("O'Brien; DROP TABLE customer; --");
        insert(s, tenant, c);
        List<Customer> found = s.inTransaction(tenant, tx -> tx.port(Customers.class).search(
                CustomerQuery.all().withText("o'brien; DROP table customer; --"), Visibility.wholeTenant(), PageRequest.first(10)).items());
        assertThat(found).containsExactly(c);
        assertThat(count(s, tenant)).isEqualTo(1);
    }

    @Test
    void keepsCredentialsOutOfMessages() {
        assertThat(JdbcStorage.redact("jdbc:postgresql://db/crm?user=crm&password=secret")).doesNotContain("secret");
        assertThat(JdbcStorage.redact("jdbc:h2:file:/data/crm;PASSWORD=secret")).doesNotContain("secret");
        assertThatThrownBy(() -> JdbcStorage.url("jdbc:postgresql://127.0.0.1:1/none?password=secret", "u", "p"))
                .isInstanceOf(StorageException.class).hasMessageNotContaining("secret");
    }
}
