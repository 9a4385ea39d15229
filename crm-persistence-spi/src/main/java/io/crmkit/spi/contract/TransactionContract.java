package io.crmkit.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The transaction boundary of {@link Storage}: commit on return, rollback of every port on
 * a throw, the same exception rethrown. Subclass it and implement {@link #storage()}.
 */
public abstract class TransactionContract {
    private Storage storage;
    private TenantId tenant;

    /** Creates the subject. */
    protected TransactionContract() {
    }

    /**
     * The storage under test; may be shared: each test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Takes the storage and a fresh tenant. */
    @BeforeEach
    void setUpStorage() {
        storage = storage();
        tenant = ContractFixtures.freshTenant();
    }

    @Test
    @DisplayName("returns the work's result and commits what it wrote")
    void commits() {
        Customer c = ContractFixtures.full("A");
        String result = storage.inTransaction(tenant, t -> {
            t.customers().insert(c);
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(Reads.find(storage, tenant, c.id())).contains(c);
    }

    @Test
    @DisplayName("a throw rolls back the customer, its audit entry and its event, and rethrows the same exception")
    void rollsBackEverything() {
        Customer c = ContractFixtures.full("A");
        InvalidStateException boom = new InvalidStateException("boom");
        assertThatThrownBy(() -> storage.inTransaction(tenant, t -> {
            t.customers().insert(c);
            t.auditTrail().record(ContractFixtures.audit(c.id().toString(), c.createdAt()));
            t.outbox().append(ContractFixtures.message(c.id().toString(), c.createdAt()));
            throw boom;
        })).isSameAs(boom);
        assertThat(Reads.find(storage, tenant, c.id())).isEmpty();
        assertThat(Reads.count(storage, tenant, CustomerQuery.all())).isZero();
        assertThat(Reads.history(storage, tenant, "customer", c.id().toString())).isEmpty();
        assertThat(Reads.pending(storage, tenant, 5)).isEmpty();
    }

    @Test
    @DisplayName("a rolled-back update leaves the previous state")
    void rollsBackUpdates() {
        Customer c = ContractFixtures.full("A");
        storage.inTransaction(tenant, t -> {
            t.customers().insert(c);
            return null;
        });
        assertThatThrownBy(() -> storage.inTransaction(tenant, t -> {
            t.customers().update(ContractFixtures.changed(c, "west"), 1);
            throw new InvalidStateException("after the update");
        })).isInstanceOf(InvalidStateException.class);
        assertThat(Reads.find(storage, tenant, c.id())).contains(c);
    }
}
