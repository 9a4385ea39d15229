package io.crmkit.kit;

import static io.crmkit.kit.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.customer.Contact;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.SortDirection;
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.UserId;
import io.crmkit.storage.Storage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@link io.crmkit.customer.Customers} port, searching and counting: every filter of
 * {@link CustomerQuery} with exactly the semantics its Javadoc states, and a count that
 * always agrees with the search.
 *
 * <p>Subclass it and implement {@link #storage()}.
 */
public abstract class CustomerSearchContract {
    private static final UserId U1 = UserId.of("u-1");
    private static final UserId U2 = UserId.of("u-2");
    private TenantScope scope;

    /** Creates the contract. */
    protected CustomerSearchContract() {
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

    /** The names a query finds, in name order; checks that the count agrees and nothing repeats. */
    private List<String> names(CustomerQuery query) {
        List<Customer> found = scope.searchAll(query.sortedBy(CustomerSort.NAME, SortDirection.ASC), 100);
        assertThat(found).as("customers found by %s", query).doesNotHaveDuplicates();
        assertThat(scope.count(query)).as("count of %s", query).isEqualTo(found.size());
        return found.stream().map(Customer::name).toList();
    }

    private Customer insert(Customer c) {
        scope.insert(c);
        return c;
    }

    private static Customer named(String name) {
        return ContractFixtures.minimal(name);
    }

    private static Customer withRegion(Customer c, String region) {
        return ContractFixtures.withDetails(c, c.details().toBuilder().region(region).build());
    }

    private static Contact reachable(String name, String phone, String email) {
        return ContractFixtures.contact(name, Optional.ofNullable(phone).map(PhoneNumber::of),
                Optional.ofNullable(email).map(EmailAddress::of), false);
    }

    private static Customer withExtraContacts(Customer c, Contact... more) {
        List<Contact> all = new ArrayList<>(c.contacts());
        all.addAll(List.of(more));
        return ContractFixtures.withContacts(c, all);
    }

    /** Filters on fields. */
    @Nested
    @DisplayName("filtering by field")
    class ByField {

        @Test
        @DisplayName("owner, lifecycle status and industry match exactly and case-sensitively")
        void matchesOwnerStatusAndIndustryExactly() {
            insert(ContractFixtures.customer("a", "manufacturing", T0, U1, false));
            insert(ContractFixtures.withOwnerAndStatus(ContractFixtures.customer("b", "retail", T0, U1, false), U1, "won"));
            insert(ContractFixtures.withOwnerAndStatus(ContractFixtures.customer("c", "manufacturing", T0, U2, false), U2,
                    "Won"));
            assertThat(names(CustomerQuery.all().withOwner(U1))).containsExactly("a", "b");
            assertThat(names(CustomerQuery.all().withOwner(UserId.of("U-1")))).isEmpty();
            assertThat(names(CustomerQuery.all().withLifecycleStatus("won"))).containsExactly("b");
            assertThat(names(CustomerQuery.all().withLifecycleStatus("prospect"))).containsExactly("a");
            assertThat(names(CustomerQuery.all().withIndustry("manufacturing"))).containsExactly("a", "c");
            assertThat(names(CustomerQuery.all().withIndustry("Manufacturing"))).isEmpty();
            assertThat(names(CustomerQuery.all().withIndustry("manufact"))).isEmpty();
        }

        @Test
        @DisplayName("region matches exactly, and never a customer without a region")
        void matchesRegionExactly() {
            insert(withRegion(named("a"), "east"));
            insert(named("b"));
            insert(withRegion(named("c"), "east "));
            insert(withRegion(named("d"), "华东"));
            assertThat(names(CustomerQuery.all().withRegion("east"))).containsExactly("a");
            assertThat(names(CustomerQuery.all().withRegion("华东"))).containsExactly("d");
            assertThat(names(CustomerQuery.all().withRegion(""))).isEmpty();
        }

        @Test
        @DisplayName("the created range includes its start and excludes its end, to the microsecond")
        void matchesTheCreatedRange() {
            Instant end = T0.plusSeconds(10);
            insert(ContractFixtures.customer("before", "m", T0.minusNanos(1000), U1, false));
            insert(ContractFixtures.customer("at start", "m", T0, U1, false));
            insert(ContractFixtures.customer("just before end", "m", end.minusNanos(1000), U1, false));
            insert(ContractFixtures.customer("at end", "m", end, U1, false));
            assertThat(names(CustomerQuery.all().withCreated(T0, end))).containsExactly("at start", "just before end");
            assertThat(names(CustomerQuery.all().withCreated(T0, T0))).isEmpty();
        }

        @Test
        @DisplayName("filters combine with AND")
        void combinesFilters() {
            insert(withRegion(ContractFixtures.customer("a", "retail", T0, U1, false), "east"));
            insert(withRegion(ContractFixtures.customer("b", "retail", T0, U2, false), "east"));
            insert(withRegion(ContractFixtures.customer("c", "services", T0, U1, false), "east"));
            insert(ContractFixtures.customer("d", "retail", T0, U1, false));
            assertThat(names(CustomerQuery.all().withIndustry("retail").withOwner(U1).withRegion("east")))
                    .containsExactly("a");
        }

        @Test
        @DisplayName("phone and e-mail match any contact exactly, and list a customer once however many contacts match")
        void matchesContactPointsExactly() {
            insert(withExtraContacts(named("a"), reachable("x", "+442079460958", "li.na@example.co.uk"),
                    reachable("y", "+442079460958", "li.na@example.co.uk")));
            insert(withExtraContacts(named("b"), reachable("z", null, "na@example.co.uk")));
            insert(ContractFixtures.withContacts(named("c"),
                    List.of(reachable("w", "+8613912345678", null).withPrimary(true))));
            assertThat(names(CustomerQuery.all().withPhone(PhoneNumber.of("+442079460958")))).containsExactly("a");
            assertThat(names(CustomerQuery.all().withPhone(PhoneNumber.of("+8613812345678")))).containsExactly("a", "b");
            assertThat(names(CustomerQuery.all().withPhone(PhoneNumber.of("+861381234567")))).isEmpty();
            assertThat(names(CustomerQuery.all().withEmail(EmailAddress.of("li.na@example.co.uk")))).containsExactly("a");
            assertThat(names(CustomerQuery.all().withEmail(EmailAddress.of("na@example.co.uk")))).containsExactly("b");
        }
    }

    /** The text filter. */
    @Nested
    @DisplayName("searching by text")
    class ByText {

        @Test
        @DisplayName("matches part of the name, ignoring case in every script")
        void matchesTheNameIgnoringCase() {
            insert(named("Acme Tools"));
            insert(named("Ärztehaus Süd"));
            insert(named("华东精密机械"));
            insert(named("ISTANBUL Bilişim"));
            assertThat(names(CustomerQuery.all().withText("ACME t"))).containsExactly("Acme Tools");
            assertThat(names(CustomerQuery.all().withText("me to"))).containsExactly("Acme Tools");
            assertThat(names(CustomerQuery.all().withText("ärzteHAUS"))).containsExactly("Ärztehaus Süd");
            assertThat(names(CustomerQuery.all().withText("SÜD"))).containsExactly("Ärztehaus Süd");
            assertThat(names(CustomerQuery.all().withText("精密"))).containsExactly("华东精密机械");
            assertThat(names(CustomerQuery.all().withText("istanbul"))).containsExactly("ISTANBUL Bilişim");
            assertThat(names(CustomerQuery.all().withText("  acme  "))).containsExactly("Acme Tools");
        }

        @Test
        @DisplayName("matches part of any contact's e-mail, in any case")
        void matchesContactEmails() {
            insert(withExtraContacts(named("a"), reachable("x", null, "li.na@example.co.uk")));
            insert(named("b"));
            assertThat(names(CustomerQuery.all().withText("LI.NA@"))).containsExactly("a");
            assertThat(names(CustomerQuery.all().withText("example.co"))).containsExactly("a");
        }

        @Test
        @DisplayName("matches the digits of any contact's phone, ignoring spaces and dashes in the text")
        void matchesPhoneDigits() {
            insert(withExtraContacts(named("a"), reachable("x", "+442079460958", null)));
            insert(ContractFixtures.withContacts(named("b"),
                    List.of(reachable("w", "+8613912345678", null).withPrimary(true))));
            assertThat(names(CustomerQuery.all().withText("20 7946"))).containsExactly("a");
            assertThat(names(CustomerQuery.all().withText("138-1234-5678"))).containsExactly("a");
            assertThat(names(CustomerQuery.all().withText("+86 139"))).containsExactly("b");
            assertThat(names(CustomerQuery.all().withText("1"))).containsExactly("a", "b");
        }

        @Test
        @DisplayName("looks at name, contact e-mails and phones only")
        void ignoresOtherFields() {
            insert(ContractFixtures.full("Acme"));
            assertThat(names(CustomerQuery.all().withText("manufacturing"))).isEmpty();
            assertThat(names(CustomerQuery.all().withText("王伟"))).isEmpty();
            assertThat(names(CustomerQuery.all().withText("trade fair"))).isEmpty();
            assertThat(names(CustomerQuery.all().withText("line 1"))).isEmpty();
        }

        @Test
        @DisplayName("takes LIKE wildcards, escapes and brackets literally")
        void takesWildcardsLiterally() {
            insert(named("100% Pure_Water"));
            insert(named("C:\\dir\\file"));
            insert(named("[x] brackets"));
            insert(named("plain name"));
            assertThat(names(CustomerQuery.all().withText("%"))).containsExactly("100% Pure_Water");
            assertThat(names(CustomerQuery.all().withText("0% p"))).containsExactly("100% Pure_Water");
            assertThat(names(CustomerQuery.all().withText("_"))).containsExactly("100% Pure_Water");
            assertThat(names(CustomerQuery.all().withText("e_w"))).containsExactly("100% Pure_Water");
            assertThat(names(CustomerQuery.all().withText("\\"))).containsExactly("C:\\dir\\file");
            assertThat(names(CustomerQuery.all().withText("\\d"))).containsExactly("C:\\dir\\file");
            assertThat(names(CustomerQuery.all().withText("[x"))).containsExactly("[x] brackets");
            assertThat(names(CustomerQuery.all().withText("n_me"))).isEmpty();
            assertThat(names(CustomerQuery.all().withText("p%e"))).isEmpty();
        }

        @Test
        @DisplayName("lists a customer once when its name and several contacts all match")
        void listsEachCustomerOnce() {
            insert(withExtraContacts(named("wang"), reachable("x", null, "wang@example.cn"),
                    reachable("y", null, "wang.li@example.cn")));
            assertThat(names(CustomerQuery.all().withText("wang"))).containsExactly("wang");
        }
    }

    /** Counting and the reference semantics as a whole. */
    @Nested
    @DisplayName("counting and the reference semantics")
    class Counting {

        @Test
        @DisplayName("counts nothing in an empty tenant, and what the filters match otherwise")
        void counts() {
            assertThat(scope.count(CustomerQuery.all())).isZero();
            for (int i = 0; i < 7; i++) {
                insert(ContractFixtures.customer("c" + i, i % 2 == 0 ? "retail" : "services", T0, U1, false));
            }
            assertThat(scope.count(CustomerQuery.all())).isEqualTo(7);
            assertThat(scope.count(CustomerQuery.all().withIndustry("retail"))).isEqualTo(4);
            assertThat(scope.count(CustomerQuery.all().withIndustry("retail").sortedBy(CustomerSort.NAME,
                    SortDirection.ASC))).isEqualTo(4);
        }

        @Test
        @DisplayName("every filter and combination finds exactly what CustomerQuery.matches accepts, in order")
        void agreesWithTheReferenceSemantics() {
            List<Customer> all = new ArrayList<>();
            String[] industries = {"retail", "services", "Retail"};
            String[] statuses = {"prospect", "intent", "won"};
            String[] names = {"Acme", "acme tools", "华东精密", "Ärzte", "100% _x", "Zeta"};
            for (int i = 0; i < 36; i++) {
                Customer c = ContractFixtures.customer(names[i % names.length] + (i % 4 == 0 ? "" : " " + i),
                        industries[i % 3], T0.plusSeconds(i % 5).plusNanos(1000L * (i % 2)), i % 4 == 0 ? U2 : U1,
                        i % 3 == 0);
                c = ContractFixtures.withOwnerAndStatus(c, c.owner(), statuses[i % 3]);
                c = i % 5 == 0 ? withRegion(c, "north") : c;
                c = i % 6 == 1 ? withExtraContacts(c, reachable("k", "+4930" + (1000000 + i), "k" + i + "@example.de"))
                        : c;
                all.add(insert(c));
            }
            List<CustomerQuery> queries = List.of(CustomerQuery.all(),
                    CustomerQuery.all().withOwner(U2), CustomerQuery.all().withLifecycleStatus("intent"),
                    CustomerQuery.all().withIndustry("Retail"), CustomerQuery.all().withRegion("north"),
                    CustomerQuery.all().withRegion("east"), CustomerQuery.all().withCreated(T0.plusSeconds(1), T0.plusSeconds(3)),
                    CustomerQuery.all().withPhone(PhoneNumber.of("+49301000007")),
                    CustomerQuery.all().withEmail(EmailAddress.of("k13@example.de")),
                    CustomerQuery.all().withText("acme"), CustomerQuery.all().withText("4930 100"),
                    CustomerQuery.all().withText("@EXAMPLE"), CustomerQuery.all().withText("% _"),
                    CustomerQuery.all().withText("ärz").withOwner(U1),
                    CustomerQuery.all().withIndustry("retail").withLifecycleStatus("prospect").withRegion("north"));
            for (CustomerQuery base : queries) {
                for (CustomerSort sort : CustomerSort.values()) {
                    for (SortDirection direction : SortDirection.values()) {
                        CustomerQuery q = base.sortedBy(sort, direction);
                        List<Customer> expected = all.stream().filter(q::matches).sorted(sort.comparator(direction)).toList();
                        assertThat(scope.searchAll(q, 4)).as("%s", q).containsExactlyElementsOf(expected);
                        assertThat(scope.count(q)).as("count of %s", q).isEqualTo(expected.size());
                    }
                }
            }
        }
    }
}
