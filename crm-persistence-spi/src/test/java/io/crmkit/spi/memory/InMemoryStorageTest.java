package io.crmkit.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerType;
import io.crmkit.customer.Customers;
import io.crmkit.outbox.Outbox;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the reference adapter does beyond the compatibility kit (which runs on it in crm-compatibility-kit's tests). */
class InMemoryStorageTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final TenantId tenant = TenantId.of("t1");

    /** A customer with only the required parts and one primary contact (the compatibility kit has richer fixtures). */
    private static Customer minimal(String name) {
        Instant at = Instant.parse("2026-11-23T08:00:00Z");
        UserId owner = UserId.of("u-1");
        Contact contact = new Contact(new ContactId(UUID.randomUUID()), "王伟", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), true);
        CustomerDetails details = CustomerDetails.builder().type(CustomerType.INDIVIDUAL).name(name).industry("manufacturing").build();
        return new Customer(new CustomerId(UUID.randomUUID()), details, List.of(contact), owner, "prospect", at, owner, at, 1);
    }

    private Optional<Customer> find(Customer c) {
        return storage.inTransaction(tenant, tx -> tx.port(Customers.class).find(c.id()));
    }

    @Test
    void refusesRepositoriesUsedAfterTheWorkEnded() {
        Customers leaked = storage.inTransaction(tenant, tx -> tx.port(Customers.class));
        assertThatThrownBy(() -> leaked.find(minimal("x").id()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ended");
    }

    @Test
    void runsANestedCallAsAnIndependentTransaction() {
        Customer inner = minimal("inner");
        Customer outer = minimal("outer");
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
        Customer c = minimal("kept");
        storage.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(c);
            return null;
        });
        storage.close();
        storage.close();
        assertThat(find(c)).contains(c);
    }
}
