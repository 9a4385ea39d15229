package io.crmkit.spi.contract;

import static io.crmkit.spi.contract.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.SortDirection;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import io.crmkit.storage.Storage;
import io.crmkit.storage.TransactionalWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@link io.crmkit.customer.Customers} port: storing, optimistic locking, every filter,
 * every order, keyset paging and counting. Subclass it and implement {@link #storage()}.
 */
public abstract class CustomersContract {
    private Storage storage;
    private TenantId tenant;

    /** Creates the subject. */
    protected CustomersContract() {
    }

    /**
     * The storage under test. May be shared between tests: each test uses a fresh tenant.
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

    private <T> T tx(TransactionalWork<T> work) {
        return storage.inTransaction(tenant, work);
    }

    private Customer insert(Customer c) {
        tx(t -> {
            t.customers().insert(c);
            return null;
        });
        return c;
    }

    /** Storing and reading back. */
    @Nested
    @DisplayName("storing a customer")
    class Storing {

        @Test
        @DisplayName("reads back exactly what was inserted, with every optional part present")
        void roundTripsAFullCustomer() {
            Customer c = insert(ContractFixtures.full("华东精密机械 'x' <b>"));
            assertThat(Reads.find(storage, tenant, c.id())).contains(c);
        }

        @Test
        @DisplayName("reads back exactly what was inserted, with every optional part absent")
        void roundTripsAMinimalCustomer() {
            Customer c = insert(ContractFixtures.minimal("A"));
            assertThat(Reads.find(storage, tenant, c.id())).contains(c);
        }

        @Test
        @DisplayName("finds nothing for an unknown id")
        void findsNothing() {
            assertThat(Reads.find(storage, tenant, new CustomerId(UUID.randomUUID()))).isEmpty();
        }

        @Test
        @DisplayName("refuses a second insert of the same id")
        void refusesDuplicateId() {
            Customer c = insert(ContractFixtures.minimal("A"));
            assertThatThrownBy(() -> insert(c)).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.entityId()).isEqualTo(c.id().toString()));
        }

        @Test
        @DisplayName("replaces the whole customer when the expected version matches")
        void updates() {
            Customer c = insert(ContractFixtures.full("A"));
            Customer next = ContractFixtures.changed(c, "west");
            tx(t -> {
                t.customers().update(next, 1);
                return null;
            });
            assertThat(Reads.find(storage, tenant, c.id())).contains(next);
        }

        @Test
        @DisplayName("a stale expected version is a conflict with expected and actual, and writes nothing")
        void staleVersionConflicts() {
            Customer c = insert(ContractFixtures.full("A"));
            Customer v2 = ContractFixtures.changed(c, "west");
            tx(t -> {
                t.customers().update(v2, 1);
                return null;
            });
            Customer stale = ContractFixtures.changed(c, "north");
            assertThatThrownBy(() -> tx(t -> {
                t.customers().update(stale, 1);
                return null;
            })).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.expectedVersion()).isEqualTo(1);
                assertThat(e.actualVersion()).isEqualTo(2);
            });
            assertThat(Reads.find(storage, tenant, c.id())).contains(v2);
        }

        @Test
        @DisplayName("updating a customer that does not exist is not found")
        void updateOfMissingIsNotFound() {
            Customer ghost = ContractFixtures.changed(ContractFixtures.minimal("ghost"), "x");
            assertThatThrownBy(() -> tx(t -> {
                t.customers().update(ghost, 1);
                return null;
            })).isInstanceOf(NotFoundException.class);
        }
    }

    /** Filters. */
    @Nested
    @DisplayName("searching customers")
    class Searching {

        private List<String> names(CustomerQuery q) {
            return tx(t -> t.customers().search(q.sortedBy(CustomerSort.NAME, SortDirection.ASC), PageRequest.first(100)))
                    .items().stream().map(Customer::name).toList();
        }

        @Test
        @DisplayName("filters by owner, status, industry, region and created range, combined with AND")
        void filters() {
            insert(ContractFixtures.customer("a", "manufacturing", T0, UserId.of("u-1"), true));
            insert(ContractFixtures.customer("b", "retail", T0.plusSeconds(10), UserId.of("u-1"), false));
            insert(ContractFixtures.customer("c", "manufacturing", T0.plusSeconds(20), UserId.of("u-2"), false));
            assertThat(names(CustomerQuery.all().withOwner(UserId.of("u-1")))).containsExactly("a", "b");
            assertThat(names(CustomerQuery.all().withIndustry("manufacturing"))).containsExactly("a", "c");
            assertThat(names(CustomerQuery.all().withIndustry("manufacturing").withOwner(UserId.of("u-2"))))
                    .containsExactly("c");
            assertThat(names(CustomerQuery.all().withRegion("east"))).containsExactly("a");
            assertThat(names(CustomerQuery.all().withLifecycleStatus("prospect"))).containsExactly("a", "b", "c");
            assertThat(names(CustomerQuery.all().withLifecycleStatus("won"))).isEmpty();
            assertThat(names(CustomerQuery.all().withCreated(T0.plusSeconds(10), T0.plusSeconds(20))))
                    .containsExactly("b");
        }

        @Test
        @DisplayName("finds by a contact's normalised phone or e-mail")
        void findsByContactPoints() {
            insert(ContractFixtures.full("a"));
            insert(ContractFixtures.minimal("b"));
            assertThat(names(CustomerQuery.all().withPhone(PhoneNumber.of("+442079460958")))).containsExactly("a");
            assertThat(names(CustomerQuery.all().withPhone(PhoneNumber.of("+8613812345678")))).containsExactly("a", "b");
            assertThat(names(CustomerQuery.all().withEmail(EmailAddress.of("li.na@example.co.uk")))).containsExactly("a");
        }

        @Test
        @DisplayName("text matches the name case-insensitively, e-mails, and phone digits, with wildcards taken literally")
        void textSearch() {
            insert(ContractFixtures.full("Acme Tools"));
            insert(ContractFixtures.minimal("100% Pure_Water"));
            insert(ContractFixtures.minimal("华东精密"));
            assertThat(names(CustomerQuery.all().withText("ACME t"))).containsExactly("Acme Tools");
            assertThat(names(CustomerQuery.all().withText("li.na@"))).containsExactly("Acme Tools");
            assertThat(names(CustomerQuery.all().withText("20 7946"))).containsExactly("Acme Tools");
            assertThat(names(CustomerQuery.all().withText("138-1234"))).hasSize(3);
            assertThat(names(CustomerQuery.all().withText("0% p"))).containsExactly("100% Pure_Water");
            assertThat(names(CustomerQuery.all().withText("%"))).containsExactly("100% Pure_Water");
            assertThat(names(CustomerQuery.all().withText("e_w"))).containsExactly("100% Pure_Water");
            assertThat(names(CustomerQuery.all().withText("精密"))).containsExactly("华东精密");
        }

        @Test
        @DisplayName("counts what the filters match")
        void counts() {
            for (int i = 0; i < 7; i++) {
                insert(ContractFixtures.customer("c" + i, i % 2 == 0 ? "retail" : "services", T0, UserId.of("u-1"), false));
            }
            assertThat(Reads.count(storage, tenant, CustomerQuery.all())).isEqualTo(7);
            assertThat(Reads.count(storage, tenant, CustomerQuery.all().withIndustry("retail"))).isEqualTo(4);
        }
    }

    /** Order and keyset paging. */
    @Nested
    @DisplayName("ordering and paging")
    class Paging {

        @Test
        @DisplayName("walks every page of every order with no gap and no repeat, ties broken by id")
        void walksAllPages() {
            List<Customer> all = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                all.add(insert(ContractFixtures.customer("n" + (i % 4), "m", T0.plusSeconds(i % 3), UserId.of("u-1"),
                        false)));
            }
            for (CustomerSort sort : CustomerSort.values()) {
                for (SortDirection dir : SortDirection.values()) {
                    CustomerQuery q = CustomerQuery.all().sortedBy(sort, dir);
                    List<Customer> walked = new ArrayList<>();
                    Optional<String> cursor = Optional.empty();
                    int pages = 0;
                    do {
                        PageRequest request = new PageRequest(5, cursor);
                        Page<Customer> page = tx(t -> t.customers().search(q, request));
                        walked.addAll(page.items());
                        cursor = page.next();
                        pages++;
                    } while (cursor.isPresent());
                    assertThat(walked).as(sort + " " + dir)
                            .containsExactlyElementsOf(all.stream().sorted(sort.comparator(dir)).toList());
                    assertThat(pages).isEqualTo(5);
                }
            }
        }

        @Test
        @DisplayName("names sort by Unicode code point")
        void sortsNamesByCodePoint() {
            for (String n : List.of("b", "B", "a", "华", "é", "Z", "0")) {
                insert(ContractFixtures.minimal(n));
            }
            Page<Customer> page = tx(t -> t.customers().search(
                    CustomerQuery.all().sortedBy(CustomerSort.NAME, SortDirection.ASC), PageRequest.first(10)));
            assertThat(page.items()).extracting(Customer::name).containsExactly("0", "B", "Z", "a", "b", "é", "华");
        }

        @Test
        @DisplayName("the last page has no cursor, and an exactly full last page too")
        void lastPageHasNoCursor() {
            for (int i = 0; i < 4; i++) {
                insert(ContractFixtures.minimal("c" + i));
            }
            Page<Customer> page = tx(t -> t.customers().search(CustomerQuery.all(), PageRequest.first(4)));
            assertThat(page.items()).hasSize(4);
            assertThat(page.next()).isEmpty();
        }

        @Test
        @DisplayName("a forged cursor is a validation error naming page.after")
        void forgedCursor() {
            assertThatThrownBy(() -> tx(t -> t.customers().search(CustomerQuery.all(), PageRequest.after(5, "not-a-cursor"))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.paths()).containsExactly("page.after"));
        }
    }
}
