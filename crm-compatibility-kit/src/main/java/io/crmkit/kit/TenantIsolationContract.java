package io.crmkit.kit;

import static io.crmkit.kit.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.audit.AuditEntry;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.SortDirection;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.UserId;
import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tenants never see each other: the same id in two tenants names two independent customers,
 * and no read (find, search, count, history, pending) shows another tenant's rows.
 *
 * <p>Subclass it and implement {@link #storage()}.
 */
public abstract class TenantIsolationContract {
    private TenantScope a;
    private TenantScope b;

    /** Creates the contract. */
    protected TenantIsolationContract() {
    }

    /**
     * The storage under test. It may be shared between tests and may hold other data: every
     * test works in fresh tenants.
     *
     * @return the storage; the contract never closes it
     */
    protected abstract Storage storage();

    /** Takes the storage and two fresh tenants before each test. */
    @BeforeEach
    void setUpScopes() {
        Storage storage = storage();
        a = TenantScope.fresh(storage);
        b = TenantScope.fresh(storage);
    }

    /** The same ids in two tenants. */
    @Nested
    @DisplayName("the same id in two tenants")
    class SameId {

        @Test
        @DisplayName("names two independent customers, each inserted, read and updated on its own")
        void namesIndependentCustomers() {
            Customer inA = ContractFixtures.full("in a");
            Customer inB = ContractFixtures.withId(ContractFixtures.minimal("in b"), inA.id());
            a.insert(inA);
            b.insert(inB);
            assertThat(a.find(inA.id())).contains(inA);
            assertThat(b.find(inA.id())).contains(inB);
            Customer a2 = ContractFixtures.changed(inA, "west");
            a.update(a2, 1);
            assertThat(b.find(inA.id())).contains(inB);
            Customer b2 = ContractFixtures.changed(inB, "east");
            b.update(b2, 1);
            assertThat(a.find(inA.id())).contains(a2);
            assertThat(b.find(inA.id())).contains(b2);
        }

        @Test
        @DisplayName("a customer of another tenant is neither found nor updatable")
        void hidesOtherTenantsCustomers() {
            Customer c = ContractFixtures.full("only in a");
            a.insert(c);
            assertThat(b.find(c.id())).isEmpty();
            assertThatThrownBy(() -> b.update(ContractFixtures.changed(c, "west"), 1)).isInstanceOf(NotFoundException.class);
            assertThat(a.find(c.id())).contains(c);
        }

        @Test
        @DisplayName("histories of the same record id are separate")
        void separatesHistories() {
            AuditEntry inA = ContractFixtures.audit("c1", T0);
            AuditEntry inB = ContractFixtures.audit("c1", T0.plusSeconds(1));
            a.record(inA);
            b.record(inB);
            assertThat(a.history("customer", "c1", PageRequest.first(10)).items()).containsExactly(inA);
            assertThat(b.history("customer", "c1", PageRequest.first(10)).items()).containsExactly(inB);
        }
    }

    /** Listings. */
    @Nested
    @DisplayName("listings")
    class Listings {

        @Test
        @DisplayName("search and count under every filter show only the tenant's own customers")
        void searchAndCountStayInTheTenant() {
            List<Customer> ofA = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ofA.add(ContractFixtures.full("twin " + i));
            }
            a.insertAll(ofA);
            List<Customer> ofB = List.of(ContractFixtures.full("twin b"), ContractFixtures.minimal("twin c"));
            b.insertAll(ofB);
            List<CustomerQuery> queries = List.of(CustomerQuery.all(), CustomerQuery.all().withOwner(UserId.of("u-1")),
                    CustomerQuery.all().withIndustry("manufacturing"), CustomerQuery.all().withLifecycleStatus("prospect"),
                    CustomerQuery.all().withCreated(T0, T0.plusSeconds(1)), CustomerQuery.all().withText("twin"),
                    CustomerQuery.all().withPhone(PhoneNumber.of("+8613812345678")),
                    CustomerQuery.all().withEmail(EmailAddress.of("wang.wei@example.cn")));
            for (CustomerQuery base : queries) {
                CustomerQuery q = base.sortedBy(CustomerSort.NAME, SortDirection.ASC);
                List<Customer> expectedInB = ofB.stream().filter(q::matches).sorted(q.sort().comparator(q.direction()))
                        .toList();
                assertThat(b.searchAll(q, 2)).as("%s", q).containsExactlyElementsOf(expectedInB);
                assertThat(b.count(q)).as("count of %s", q).isEqualTo(expectedInB.size());
                assertThat(a.count(q)).as("count of %s", q).isEqualTo(ofA.stream().filter(q::matches).count());
            }
        }

        @Test
        @DisplayName("a cursor from one tenant's listing finds only the other tenant's own customers")
        void cursorsDoNotCrossTenants() {
            a.insertAll(List.of(ContractFixtures.minimal("a1"), ContractFixtures.minimal("a2"), ContractFixtures.minimal("a3")));
            Customer onlyInB = ContractFixtures.minimal("b9");
            b.insert(onlyInB);
            CustomerQuery q = CustomerQuery.all().sortedBy(CustomerSort.NAME, SortDirection.ASC);
            String cursor = a.search(q, PageRequest.first(1)).next().orElseThrow();
            assertThat(b.search(q, PageRequest.after(10, cursor)).items()).containsExactly(onlyInB);
        }

        @Test
        @DisplayName("pending messages show only the tenant's own")
        void pendingStaysInTheTenant() {
            OutboxMessage inA = ContractFixtures.message("c1", T0);
            OutboxMessage inB = ContractFixtures.message("c1", T0.plusSeconds(1));
            a.append(inA);
            b.append(inB);
            assertThat(a.pending(10)).containsExactly(inA);
            assertThat(b.pending(10)).containsExactly(inB);
        }
    }
}
