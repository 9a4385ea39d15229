package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.Customer;
import io.crmkit.customer.Customers;
import io.crmkit.outbox.Outbox;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.StorageException;
import io.crmkit.shared.TenantId;
import io.crmkit.kit.ContractFixtures;
import io.crmkit.storage.Storage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcStorage#connectionProvider}: crmkit joins a transaction the host opened on its
 * own plain connection, and the host's commit or rollback decides for crmkit's writes too.
 */
abstract class HostTransactionChecks {
    private Storage own;
    private Connection host;
    private JdbcStorage joined;
    private TenantId tenant;

    protected abstract TestStorages.TestDatabase database();

    @BeforeEach
    void openHostTransaction() throws SQLException {
        own = database().storage();
        host = database().connect();
        host.setAutoCommit(false);
        joined = JdbcStorage.connectionProvider(() -> host);
        tenant = ContractFixtures.freshTenant();
    }

    @AfterEach
    void closeHostConnection() throws SQLException {
        if (host == null) {
            return;
        }
        if (!host.getAutoCommit()) {
            host.rollback();
        }
        host.close();
    }

    private void insert(Storage s, Customer c) {
        s.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(c);
            tx.port(AuditTrail.class).record(ContractFixtures.audit(c.id().toString(), c.createdAt()));
            tx.port(Outbox.class).append(ContractFixtures.message(c.id().toString(), c.createdAt()));
            return null;
        });
    }

    private Optional<Customer> find(Storage s, Customer c) {
        return s.inTransaction(tenant, tx -> tx.port(Customers.class).find(c.id()));
    }

    private int pending(Storage s) {
        return s.inTransaction(tenant, tx -> tx.port(Outbox.class).pending(100)).size();
    }

    @Test
    @DisplayName("the host rolls back: nothing crmkit wrote in its transaction remains")
    void hostRollsBack() throws SQLException {
        Customer c = ContractFixtures.full("rolled back with the host");
        insert(joined, c);
        assertThat(find(joined, c)).as("visible inside the host's transaction").contains(c);
        assertThat(find(own, c)).as("invisible outside it").isEmpty();
        host.rollback();
        assertThat(find(own, c)).isEmpty();
        assertThat(pending(own)).isZero();
    }

    @Test
    @DisplayName("the host commits: crmkit's writes are stored with the host's")
    void hostCommits() throws SQLException {
        Customer c = ContractFixtures.full("committed with the host");
        insert(joined, c);
        assertThat(find(own, c)).as("not before the host commits").isEmpty();
        host.commit();
        assertThat(find(own, c)).contains(c);
        assertThat(pending(own)).isEqualTo(1);
        assertThat(joined.name()).isEqualTo(own.name());
    }

    @Test
    @DisplayName("crmkit neither closes the connection nor ends the host's transaction")
    void leavesTheConnectionAlone() throws SQLException {
        Customer first = ContractFixtures.minimal("first");
        Customer second = ContractFixtures.minimal("second");
        insert(joined, first);
        insert(joined, second);
        assertThat(host.isClosed()).isFalse();
        assertThat(host.getAutoCommit()).isFalse();
        host.rollback();
        assertThat(find(own, first)).isEmpty();
        assertThat(find(own, second)).isEmpty();
    }

    @Test
    @DisplayName("a failing unit of work rethrows the failure and leaves rolling back to the host")
    void failureIsTheHostsToHandle() throws SQLException {
        Customer earlier = ContractFixtures.minimal("earlier in the host's transaction");
        Customer c = ContractFixtures.minimal("failed");
        insert(joined, earlier);
        InvalidStateException boom = new InvalidStateException("host-side failure");
        assertThatThrownBy(() -> joined.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(c);
            throw boom;
        })).isSameAs(boom);
        assertThat(find(joined, earlier)).as("not rolled back by crmkit").isPresent();
        // The failed work's own writes were still pending when it threw: never sent.
        assertThat(find(joined, c)).isEmpty();
        host.rollback();
        assertThat(find(own, earlier)).isEmpty();
    }

    @Test
    @DisplayName("a stale-version conflict leaves the host's transaction usable")
    void conflictKeepsTheTransactionUsable() throws SQLException {
        Customer c = ContractFixtures.minimal("contended");
        insert(own, c);
        Customer v2 = ContractFixtures.changed(c, "west");
        own.inTransaction(tenant, tx -> {
            tx.port(Customers.class).update(v2, 1);
            return null;
        });
        assertThatThrownBy(() -> joined.inTransaction(tenant, tx -> {
            tx.port(Customers.class).update(ContractFixtures.changed(c, "north"), 1);
            return null;
        })).isInstanceOf(ConflictException.class);
        Customer other = ContractFixtures.minimal("after the conflict");
        insert(joined, other);
        host.commit();
        assertThat(find(own, other)).contains(other);
        assertThat(find(own, c)).contains(v2);
    }

    @Test
    @DisplayName("a connection in auto-commit mode is refused, and nothing is written")
    void refusesAutoCommit() throws SQLException {
        host.setAutoCommit(true);
        Customer c = ContractFixtures.minimal("not atomic");
        assertThatThrownBy(() -> insert(joined, c)).isInstanceOf(StorageException.class)
                .hasMessageContaining("auto-commit");
        assertThat(find(own, c)).isEmpty();
    }
}
