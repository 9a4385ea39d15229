package io.crmkit.kit;

import static io.crmkit.kit.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.SortDirection;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@link io.crmkit.customer.Customers} port, ordering and keyset paging: every
 * {@link CustomerSort} in both directions with ties broken by id, pages that together list
 * every customer once, cursors exactly as {@link CustomerSort#cursorAfter(Customer)} makes
 * them, and a forged cursor refused as a validation error.
 *
 * <p>Subclass it and implement {@link #storage()}.
 */
public abstract class CustomerPagingContract {
    private TenantScope scope;

    /** Creates the contract. */
    protected CustomerPagingContract() {
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

    /** Customers with few distinct names and times, so that every order has ties; ids are random. */
    private List<Customer> insertWithTies(int n) {
        List<Customer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Customer c = ContractFixtures.customer("n" + (i % 4), "m", T0.plusSeconds(i % 3), UserId.of("u-1"), false);
            all.add(ContractFixtures.withTimes(c, c.createdAt(), T0.plusSeconds(10 + (i * 7) % 5)));
        }
        return scope.insertAll(all);
    }

    private static List<Customer> sorted(List<Customer> all, CustomerSort sort, SortDirection direction) {
        return all.stream().sorted(sort.comparator(direction)).toList();
    }

    private List<Customer> firstPage(CustomerSort sort, SortDirection direction, int size) {
        return scope.search(CustomerQuery.all().sortedBy(sort, direction), PageRequest.first(size)).items();
    }

    /** Order. */
    @Nested
    @DisplayName("ordering")
    class Ordering {

        @Test
        @DisplayName("orders by every sort field in both directions, ties broken by id in the same direction")
        void ordersBySortThenId() {
            List<Customer> all = insertWithTies(24);
            for (CustomerSort sort : CustomerSort.values()) {
                for (SortDirection direction : SortDirection.values()) {
                    assertThat(firstPage(sort, direction, 100)).as("%s %s", sort, direction)
                            .containsExactlyElementsOf(sorted(all, sort, direction));
                }
            }
        }

        @Test
        @DisplayName("orders names by Unicode code point, not by a collation and not by UTF-16 unit")
        void ordersNamesByCodePoint() {
            for (String n : List.of("b", "B", "a", "华", "é", "Z", "0", "😀", "ｚ", "a b", "ab")) {
                scope.insert(ContractFixtures.minimal(n));
            }
            assertThat(firstPage(CustomerSort.NAME, SortDirection.ASC, 20)).extracting(Customer::name)
                    .containsExactly("0", "B", "Z", "a", "a b", "ab", "b", "é", "华", "ｚ", "😀");
        }

        @Test
        @DisplayName("orders times to the microsecond")
        void ordersTimesToTheMicrosecond() {
            List<Customer> all = new ArrayList<>();
            for (int i = 2; i >= 0; i--) {
                Customer c = ContractFixtures.minimal("t" + i);
                all.add(ContractFixtures.withTimes(c, T0.plusNanos(1000L * i), T0.plusNanos(1000L * (2 - i))));
            }
            scope.insertAll(all);
            assertThat(firstPage(CustomerSort.CREATED_AT, SortDirection.ASC, 10)).extracting(Customer::name)
                    .containsExactly("t0", "t1", "t2");
            assertThat(firstPage(CustomerSort.UPDATED_AT, SortDirection.ASC, 10)).extracting(Customer::name)
                    .containsExactly("t2", "t1", "t0");
        }

        @Test
        @DisplayName("breaks ties by the id's text form, which is how SQL orders UUIDs")
        void breaksTiesByIdText() {
            List<Customer> all = new ArrayList<>();
            for (char digit : new char[] {'f', '8', '7', '0'}) {
                all.add(ContractFixtures.withId(ContractFixtures.minimal("same"),
                        new CustomerId(ContractFixtures.idStartingWith(digit))));
            }
            scope.insertAll(all);
            assertThat(firstPage(CustomerSort.NAME, SortDirection.ASC, 10)).extracting(c -> c.id().toString().charAt(0))
                    .containsExactly('0', '7', '8', 'f');
        }
    }

    /** Keyset paging. */
    @Nested
    @DisplayName("keyset paging")
    class Paging {

        @Test
        @DisplayName("walks every order page by page with no gap and no repeat, each cursor made by cursorAfter")
        void walksEveryOrder() {
            List<Customer> all = insertWithTies(23);
            for (CustomerSort sort : CustomerSort.values()) {
                for (SortDirection direction : SortDirection.values()) {
                    for (int size : new int[] {1, 5, 23, 100}) {
                        CustomerQuery q = CustomerQuery.all().sortedBy(sort, direction);
                        List<Customer> walked = new ArrayList<>();
                        Optional<String> cursor = Optional.empty();
                        int pages = 0;
                        do {
                            Page<Customer> page = scope.search(q, new PageRequest(size, cursor));
                            assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
                            if (page.next().isPresent()) {
                                assertThat(page.items()).hasSize(size);
                                assertThat(page.next()).contains(sort.cursorAfter(page.items().get(size - 1)));
                            }
                            walked.addAll(page.items());
                            cursor = page.next();
                            pages++;
                        } while (cursor.isPresent() && pages <= all.size());
                        assertThat(walked).as("%s %s by %d", sort, direction, size)
                                .containsExactlyElementsOf(sorted(all, sort, direction));
                        assertThat(pages).as("pages of %d", size).isEqualTo((all.size() + size - 1) / size);
                    }
                }
            }
        }

        @Test
        @DisplayName("pages through many customers whose sort keys are all identical")
        void pagesThroughIdenticalKeys() {
            List<Customer> all = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                all.add(ContractFixtures.minimal("same name"));
            }
            scope.insertAll(all);
            for (CustomerSort sort : CustomerSort.values()) {
                for (SortDirection direction : SortDirection.values()) {
                    assertThat(scope.searchAll(CustomerQuery.all().sortedBy(sort, direction), 7))
                            .containsExactlyElementsOf(sorted(all, sort, direction));
                }
            }
        }

        @Test
        @DisplayName("a page that ends exactly at the last customer has no cursor")
        void exactlyFullLastPageHasNoCursor() {
            insertWithTies(4);
            Page<Customer> page = scope.search(CustomerQuery.all(), PageRequest.first(4));
            assertThat(page.items()).hasSize(4);
            assertThat(page.next()).isEmpty();
            assertThat(scope.search(CustomerQuery.all(), PageRequest.first(3)).next()).isPresent();
        }

        @Test
        @DisplayName("pages within a filter")
        void pagesWithinAFilter() {
            insertWithTies(20);
            List<Customer> mine = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                mine.add(ContractFixtures.customer("mine " + i % 2, "m", T0.plusSeconds(i % 2), UserId.of("u-9"), false));
            }
            scope.insertAll(mine);
            CustomerQuery q = CustomerQuery.all().withOwner(UserId.of("u-9")).sortedBy(CustomerSort.NAME, SortDirection.DESC);
            assertThat(scope.searchAll(q, 2)).containsExactlyElementsOf(sorted(mine, CustomerSort.NAME, SortDirection.DESC));
        }

        @Test
        @DisplayName("continues from the cursor's position, whatever was inserted since and even if that customer is gone")
        void continuesFromThePosition() {
            List<Customer> all = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                all.add(ContractFixtures.minimal("m" + i));
            }
            scope.insertAll(all);
            CustomerQuery q = CustomerQuery.all().sortedBy(CustomerSort.NAME, SortDirection.ASC);
            Page<Customer> first = scope.search(q, PageRequest.first(3));
            assertThat(first.items()).extracting(Customer::name).containsExactly("m0", "m1", "m2");
            Customer earlier = ContractFixtures.minimal("m1a");
            Customer later = ContractFixtures.minimal("m4a");
            scope.insert(earlier, later);
            Page<Customer> second = scope.search(q, PageRequest.after(10, first.next().orElseThrow()));
            assertThat(second.items()).extracting(Customer::name).containsExactly("m3", "m4", "m4a", "m5");
            String positionOfAbsent = CustomerSort.NAME.cursorAfter(ContractFixtures.minimal("m2z"));
            assertThat(scope.search(q, PageRequest.after(10, positionOfAbsent)).items()).extracting(Customer::name)
                    .containsExactly("m3", "m4", "m4a", "m5");
        }
    }

    /** Cursors that no listing made. */
    @Nested
    @DisplayName("refusing cursors")
    class Cursors {

        private void assertRefused(CustomerSort sort, String cursor) {
            assertThatThrownBy(() -> scope.search(CustomerQuery.all().sortedBy(sort, SortDirection.ASC),
                    PageRequest.after(5, cursor))).as("cursor %s", cursor)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.paths()).containsExactly("page.after"));
        }

        @Test
        @DisplayName("a forged or truncated cursor is a validation error naming page.after")
        void refusesForgedCursors() {
            scope.insert(ContractFixtures.minimal("a"));
            String valid = CustomerSort.NAME.cursorAfter(ContractFixtures.minimal("a"));
            assertRefused(CustomerSort.NAME, "not-a-cursor");
            assertRefused(CustomerSort.NAME, "");
            assertRefused(CustomerSort.NAME, "%%%");
            assertRefused(CustomerSort.NAME, valid.substring(0, valid.length() / 2));
        }

        @Test
        @DisplayName("a cursor of another order, or naming no valid position, is a validation error naming page.after")
        void refusesCursorsOfOtherListings() {
            Customer a = ContractFixtures.minimal("a");
            scope.insert(a);
            assertRefused(CustomerSort.NAME, CustomerSort.CREATED_AT.cursorAfter(a));
            assertRefused(CustomerSort.UPDATED_AT, CustomerSort.NAME.cursorAfter(a));
            assertRefused(CustomerSort.CREATED_AT, Cursor.of("CREATED_AT", "yesterday", a.id().toString()).encode());
            assertRefused(CustomerSort.NAME, Cursor.of("NAME", "a", "not-a-uuid").encode());
            assertRefused(CustomerSort.NAME, Cursor.of(T0.toString(), a.id().toString()).encode());
        }

        @Test
        @DisplayName("a forged cursor is refused even when the tenant has no customers")
        void refusesForgedCursorsOnAnEmptyTenant() {
            assertRefused(CustomerSort.CREATED_AT, "not-a-cursor");
        }
    }
}
