package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.spi.StorageProviders;
import io.crmkit.spi.contract.ContractFixtures;
import io.crmkit.storage.Storage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is particular to the JDBC adapter: files, URLs, host transactions, migrations. */
class JdbcStorageTest {
    private final TenantId tenant = ContractFixtures.freshTenant();

    private static Optional<Customer> find(Storage s, TenantId t, Customer c) {
        return s.inTransaction(t, tx -> tx.customers().find(c.id()));
    }

    @Test
    void theEmbeddedDatabaseKeepsDataAcrossRestarts(@TempDir Path dir) {
        Customer c = ContractFixtures.full("persisted");
        try (JdbcStorage s = JdbcStorage.embedded(dir)) {
            assertThat(s.name()).isEqualTo("h2");
            s.inTransaction(tenant, tx -> {
                tx.customers().insert(c);
                return null;
            });
        }
        try (JdbcStorage s = JdbcStorage.embedded(dir)) {
            assertThat(find(s, tenant, c)).contains(c);
        }
    }

    @Test
    void isFoundByUrlThroughTheProviderDiscovery() {
        try (Storage s = StorageProviders.open("jdbc:h2:mem:discovered;DB_CLOSE_DELAY=-1")) {
            assertThat(s).isInstanceOf(JdbcStorage.class);
            long count = s.inTransaction(tenant, tx -> tx.customers().count(CustomerQuery.all()));
            assertThat(count).isZero();
        }
    }

    @Test
    void joinsTheHostsTransaction() throws SQLException {
        String url = "jdbc:h2:mem:host-tx;DB_CLOSE_DELAY=-1";
        try (JdbcStorage migrated = JdbcStorage.url(url, "sa", "");
             Connection host = DriverManager.getConnection(url, "sa", "")) {
            assertThat(migrated.name()).isEqualTo("h2");
            host.setAutoCommit(false);
            JdbcStorage joined = JdbcStorage.connectionProvider(ConnectionProvider.hostManaged(() -> host));
            Customer rolledBack = ContractFixtures.minimal("rolled back with the host");
            joined.inTransaction(tenant, tx -> {
                tx.customers().insert(rolledBack);
                return null;
            });
            assertThat(find(joined, tenant, rolledBack)).as("visible inside the host's transaction").isPresent();
            host.rollback();
            assertThat(find(migrated, tenant, rolledBack)).isEmpty();

            Customer committed = ContractFixtures.minimal("committed with the host");
            joined.inTransaction(tenant, tx -> {
                tx.customers().insert(committed);
                return null;
            });
            assertThat(find(migrated, tenant, committed)).as("not visible before the host commits").isEmpty();
            host.commit();
            assertThat(find(migrated, tenant, committed)).contains(committed);
            assertThat(host.isClosed()).isFalse();
        }
    }

    @Test
    void aFailureInsideTheHostsTransactionIsLeftToTheHost() throws SQLException {
        String url = "jdbc:h2:mem:host-fail;DB_CLOSE_DELAY=-1";
        try (JdbcStorage migrated = JdbcStorage.url(url, "sa", "");
             Connection host = DriverManager.getConnection(url, "sa", "")) {
            host.setAutoCommit(false);
            JdbcStorage joined = JdbcStorage.connectionProvider(ConnectionProvider.hostManaged(() -> host));
            Customer c = ContractFixtures.minimal("x");
            assertThatThrownBy(() -> joined.inTransaction(tenant, tx -> {
                tx.customers().insert(c);
                throw new InvalidStateException("host-side failure");
            })).isInstanceOf(InvalidStateException.class);
            assertThat(host.getAutoCommit()).isFalse();
            host.rollback();
            assertThat(find(migrated, tenant, c)).isEmpty();
        }
    }

    @Test
    void migratesOnceAndKeepsItsOwnHistoryTable() throws SQLException {
        String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
        try (JdbcStorage first = JdbcStorage.url(url, "sa", "");
             JdbcStorage second = JdbcStorage.url(url, "sa", "");
             Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"crmkit_schema_history\" WHERE \"success\" AND \"version\" = '1'")) {
            assertThat(first.name()).isEqualTo(second.name());
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void searchTextIsNeverSql() {
        Storage s = H2Storages.memory();
        Customer c = ContractFixtures.minimal("O'Brien; DROP TABLE customer; --");
        s.inTransaction(tenant, tx -> {
            tx.customers().insert(c);
            return null;
        });
        List<Customer> found = s.inTransaction(tenant, tx -> tx.customers().search(
                CustomerQuery.all().withText("o'brien; DROP table customer; --"), PageRequest.first(10)).items());
        long count = s.inTransaction(tenant, tx -> tx.customers().count(CustomerQuery.all()));
        assertThat(found).containsExactly(c);
        assertThat(count).isEqualTo(1);
    }
}
