package io.crmkit.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.customer.Customer;
import io.crmkit.customer.Customers;
import io.crmkit.outbox.Outbox;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.TenantId;
import io.crmkit.spi.contract.ContractFixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the reference adapter does beyond the contract kit. */
class InMemoryStorageTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final TenantId tenant = TenantId.of("t1");

    private Optional<Customer> find(Customer c) {
        return storage.inTransaction(tenant, tx -> tx.port(Customers.class).find(c.id()));
    }

    @Test
    void refusesRepositoriesUsedAfterTheWorkEnded() {
        Customers leaked = storage.inTransaction(tenant, tx -> tx.port(Customers.class));
        assertThatThrownBy(() -> leaked.find(ContractFixtures.minimal("x").id()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ended");
    }

    @Test
    void runsANestedCallAsAnIndependentTransaction() {
        Customer inner = ContractFixtures.minimal("inner");
        Customer outer = ContractFixtures.minimal("outer");
        assertThatThrownBy(() -> storage.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(outer);
            storage.inTransaction(tenant, nested -> {
                nested.port(Customers.class).insert(inner);
                return null;
            });
            throw new InvalidStateException("outer fails");
        })).isInstanceOf(InvalidStateException.class);
        assertThat(find(inner)).contains(inner);
        assertThat(find(outer)).isEmpty();
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> storage.inTransaction(tenant, tx -> tx.port(Outbox.class).pending(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsDataAfterClose() {
        Customer c = ContractFixtures.minimal("kept");
        storage.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(c);
            return null;
        });
        storage.close();
        storage.close();
        assertThat(find(c)).contains(c);
    }
}
