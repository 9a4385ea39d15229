package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.customer.Address;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactChannel;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.ContactRole;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@link io.crmkit.customer.Customers} port, storing and optimistic locking: what is
 * inserted or updated reads back exactly, and a write based on a stale version changes
 * nothing. Searching and paging have contracts of their own ({@link CustomerSearchContract},
 * {@link CustomerPagingContract}).
 *
 * <p>Subclass it and implement {@link #storage()}.
 */
public abstract class CustomersContract {
    private TenantScope scope;

    /** Creates the contract. */
    protected CustomersContract() {
    }

    /**
     * The storage under test. It may be shared between tests and may hold other data: every
     * test works in a fresh tenant.
     *
     * @return the storage; the contract never closes it
     */
    protected abstract Storage storage();

    /** Takes the storage and a fresh tenant before each test. */
    @BeforeEach
    void setUpScope() {
        scope = TenantScope.fresh(storage());
    }

    private Customer stored(Customer c) {
        return scope.find(c.id()).orElseThrow(() -> new AssertionError("customer " + c.id() + " was not stored"));
    }

    private Customer insert(Customer c) {
        scope.insert(c);
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
            assertThat(stored(c)).isEqualTo(c);
        }

        @Test
        @DisplayName("reads back exactly what was inserted, with every optional part absent")
        void roundTripsAMinimalCustomer() {
            Customer c = insert(ContractFixtures.minimal("A"));
            assertThat(stored(c)).isEqualTo(c);
        }

        @Test
        @DisplayName("reads back each optional part when it is the only one present")
        void roundTripsEachOptionalPartAlone() {
            Customer base = ContractFixtures.minimal("alone");
            CustomerDetails d = base.details();
            List<CustomerDetails> variants = List.of(
                    d.toBuilder().size("10-50").build(),
                    d.toBuilder().region("华南").build(),
                    d.toBuilder().source("website").build(),
                    d.toBuilder().address(Address.china("广东省", "深圳市", "南山区", "科技园")).build(),
                    d.toBuilder().needTags(Set.of("training")).build(),
                    d.toBuilder().remarks("only remarks").build(),
                    d.toBuilder().customField("vip", CustomFieldValue.bool(false)).build());
            List<Customer> all = variants.stream()
                    .map(v -> ContractFixtures.withId(ContractFixtures.withDetails(base, v), new CustomerId(UUID.randomUUID())))
                    .toList();
            scope.insertAll(all);
            assertThat(all).allSatisfy(c -> assertThat(stored(c)).isEqualTo(c));
        }

        @Test
        @DisplayName("keeps an empty or blank optional text present, distinct from an absent one")
        void keepsEmptyTextsApartFromAbsentOnes() {
            Customer base = ContractFixtures.minimal("blank parts");
            CustomerDetails d = base.details().toBuilder().size("").region(" ").source("\t").remarks("")
                    .address(new Address("", "", "", "", "", "")).build();
            Contact contact = new Contact(new ContactId(ContractFixtures.id()), "K", Optional.of(""), Optional.of(" "),
                    Optional.of(PhoneNumber.of("+8613800000000")), Optional.empty(), Optional.empty(), Optional.of(""),
                    Set.of(), true);
            Customer c = insert(ContractFixtures.withContacts(ContractFixtures.withDetails(base, d), List.of(contact)));
            assertThat(stored(c)).isEqualTo(c);
        }

        @Test
        @DisplayName("reads back custom field values at the edges of every type exactly")
        void roundTripsExtremeCustomFieldValues() {
            Customer base = ContractFixtures.minimal("extremes");
            CustomerDetails.Builder d = base.details().toBuilder();
            ContractFixtures.extremeCustomFieldValues().forEach(d::customField);
            Customer c = insert(ContractFixtures.withDetails(base, d.build()));
            assertThat(stored(c)).isEqualTo(c);
        }

        @Test
        @DisplayName("stores hostile text in every field as it is: quotes, wildcards, emoji, right-to-left, 10,000 characters")
        void roundTripsHostileText() {
            String longRemarks = HostileText.fit(HostileText.SAMPLES.repeat(60), 10_000);
            CustomerDetails d = CustomerDetails.builder().type(io.crmkit.customer.CustomerType.COMPANY)
                    .name(HostileText.SAMPLES).industry(HostileText.upTo(64)).size(HostileText.upTo(64))
                    .region(HostileText.upTo(64)).source(HostileText.upTo(64)).remarks(longRemarks)
                    .needTags(Set.copyOf(HostileText.FRAGMENTS.stream().filter(s -> !s.isBlank()).toList()))
                    .address(new Address(HostileText.upTo(64), HostileText.upTo(64), HostileText.upTo(64),
                            HostileText.upTo(64), HostileText.SAMPLES, HostileText.upTo(16)))
                    .customField("text", CustomFieldValue.text(HostileText.SAMPLES))
                    .build();
            Contact contact = new Contact(new ContactId(ContractFixtures.id()), HostileText.upTo(100),
                    Optional.of(HostileText.upTo(100)), Optional.of(HostileText.upTo(100)),
                    Optional.of(PhoneNumber.of("+8613812345678")), Optional.of(EmailAddress.of("o'brien%_x@example.com")),
                    Optional.of(ContactChannel.SMS), Optional.of(HostileText.upTo(100)), Set.of(ContactRole.GATEKEEPER), true);
            Customer c = insert(ContractFixtures.withContacts(
                    ContractFixtures.withDetails(ContractFixtures.minimal("x"), d), List.of(contact)));
            assertThat(stored(c)).isEqualTo(c);
            assertThat(stored(c).details().remarks()).hasValueSatisfying(r -> assertThat(r).hasSize(longRemarks.length()));
        }

        @Test
        @DisplayName("keeps contacts in their order, which is neither id nor name order")
        void keepsContactOrder() {
            List<Contact> contacts = List.of(
                    ContractFixtures.contact("e", Optional.empty(), Optional.empty(), false),
                    ContractFixtures.contact("d", Optional.empty(), Optional.of(EmailAddress.of("d@example.cn")), false),
                    ContractFixtures.fullContact("c", "+8613911112222", "c@example.cn", true),
                    ContractFixtures.contact("b", Optional.of(PhoneNumber.of("+8613911113333")), Optional.empty(), false),
                    ContractFixtures.contact("a", Optional.empty(), Optional.empty(), false));
            List<Contact> byDescendingId = new ArrayList<>();
            char[] firstDigits = {'f', 'c', '8', '4', '0'};
            for (int i = 0; i < contacts.size(); i++) {
                Contact k = contacts.get(i);
                byDescendingId.add(new Contact(new ContactId(ContractFixtures.idStartingWith(firstDigits[i])), k.name(),
                        k.title(), k.department(), k.phone(), k.email(), k.preferredChannel(), k.relation(), k.roles(),
                        k.primary()));
            }
            Customer c = insert(ContractFixtures.withContacts(ContractFixtures.minimal("ordered"), byDescendingId));
            assertThat(stored(c).contacts()).containsExactlyElementsOf(byDescendingId);
        }

        @Test
        @DisplayName("finds nothing for an unknown id")
        void findsNothingForAnUnknownId() {
            insert(ContractFixtures.minimal("someone else"));
            assertThat(scope.find(new CustomerId(UUID.randomUUID()))).isEmpty();
        }

        @Test
        @DisplayName("finds several customers in one read, with their parts, leaving out ids the tenant does not have")
        void findsSeveral() {
            Customer full = insert(ContractFixtures.full("full"));
            Customer minimal = insert(ContractFixtures.minimal("minimal"));
            insert(ContractFixtures.minimal("not asked for"));
            CustomerId missing = new CustomerId(UUID.randomUUID());
            Map<CustomerId, Customer> found = scope.tx(t -> t.port(Customers.class).find(List.of(full.id(), missing, minimal.id(),
                    full.id())));
            assertThat(found).containsOnly(Map.entry(full.id(), full), Map.entry(minimal.id(), minimal));
            Map<CustomerId, Customer> none = scope.tx(t -> t.port(Customers.class).find(List.of()));
            assertThat(none).isEmpty();
        }

        @Test
        @DisplayName("refuses a second insert of the same id as a conflict, keeping the first")
        void refusesADuplicateId() {
            Customer first = insert(ContractFixtures.full("first"));
            Customer second = ContractFixtures.withId(ContractFixtures.minimal("second"), first.id());
            assertThatThrownBy(() -> scope.insert(second)).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.entityType()).isEqualTo("customer");
                assertThat(e.entityId()).isEqualTo(first.id().toString());
            });
            assertThat(stored(first)).isEqualTo(first);
        }
    }

    /** Updates and optimistic locking. */
    @Nested
    @DisplayName("updating a customer")
    class Updating {

        @Test
        @DisplayName("replaces the whole customer when the expected version matches, dropping parts no longer there")
        void replacesEverything() {
            Customer full = insert(ContractFixtures.full("A"));
            Customer emptied = ContractFixtures.nextVersion(full, ContractFixtures.minimal("A").details(),
                    List.of(ContractFixtures.contact("new", Optional.of(PhoneNumber.of("+8613700000000")),
                            Optional.empty(), true)));
            scope.update(emptied, 1);
            assertThat(stored(full)).isEqualTo(emptied);
            Customer refilled = ContractFixtures.nextVersion(emptied, full.details(), full.contacts());
            scope.update(refilled, 2);
            assertThat(stored(full)).isEqualTo(refilled);
        }

        @Test
        @DisplayName("keeps the new order when an update reorders contacts")
        void keepsReorderedContacts() {
            Customer c = insert(ContractFixtures.full("A"));
            List<Contact> reversed = new ArrayList<>(c.contacts());
            Collections.reverse(reversed);
            Customer next = ContractFixtures.nextVersion(c, c.details(), reversed);
            scope.update(next, 1);
            assertThat(stored(c).contacts()).containsExactlyElementsOf(reversed);
        }

        @Test
        @DisplayName("applies successive updates, in separate transactions and within one")
        void appliesSuccessiveUpdates() {
            Customer v1 = insert(ContractFixtures.full("A"));
            Customer v2 = ContractFixtures.changed(v1, "v2");
            scope.update(v2, 1);
            Customer v3 = ContractFixtures.changed(v2, "v3");
            Customer v4 = ContractFixtures.changed(v3, "v4");
            Optional<Customer> seenInside = scope.tx(t -> {
                t.port(Customers.class).update(v3, 2);
                t.port(Customers.class).update(v4, 3);
                return t.port(Customers.class).find(v1.id());
            });
            assertThat(seenInside).contains(v4);
            assertThat(stored(v1)).isEqualTo(v4);
        }

        @Test
        @DisplayName("an update based on an older version is a conflict naming expected and actual version, and writes nothing")
        void refusesAnOlderVersion() {
            Customer c = insert(ContractFixtures.full("A"));
            Customer v2 = ContractFixtures.changed(c, "west");
            scope.update(v2, 1);
            Customer stale = ContractFixtures.changed(c, "north");
            assertThatThrownBy(() -> scope.update(stale, 1)).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.entityType()).isEqualTo("customer");
                assertThat(e.entityId()).isEqualTo(c.id().toString());
                assertThat(e.expectedVersion()).isEqualTo(1);
                assertThat(e.actualVersion()).isEqualTo(2);
            });
            assertThat(stored(c)).isEqualTo(v2);
        }

        @Test
        @DisplayName("an update based on a version never stored is a conflict too, and writes nothing")
        void refusesAFutureVersion() {
            Customer c = insert(ContractFixtures.minimal("A"));
            Customer future = new Customer(c.id(), c.details(), c.contacts(), c.owner(), "won", c.createdAt(),
                    c.createdBy(), c.updatedAt(), 8);
            assertThatThrownBy(() -> scope.update(future, 7)).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.expectedVersion()).isEqualTo(7);
                assertThat(e.actualVersion()).isEqualTo(1);
            });
            assertThat(stored(c)).isEqualTo(c);
        }

        @Test
        @DisplayName("updating a customer that does not exist is not found, and stores nothing")
        void refusesAMissingCustomer() {
            Customer ghost = ContractFixtures.changed(ContractFixtures.minimal("ghost"), "x");
            assertThatThrownBy(() -> scope.update(ghost, 1)).isInstanceOfSatisfying(NotFoundException.class, e -> {
                assertThat(e.entityType()).isEqualTo("customer");
                assertThat(e.entityId()).isEqualTo(ghost.id().toString());
            });
            assertThat(scope.find(ghost.id())).isEmpty();
        }
    }
}
