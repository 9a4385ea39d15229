package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.access.Visibility;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.Customers;
import io.crmkit.customer.SortDirection;
import io.crmkit.kit.ContractFixtures;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Where SQL most easily drifts from the in-memory reference: name order beyond the Basic
 * Multilingual Plane, and case-insensitive search with Java's case rules.
 */
abstract class NameOrderChecks {
    /** Names around the spots where UTF-16 order and code-point order disagree. */
    private static final List<String> NAMES = List.of("b", "B", "a", "é", "华", "\uE000", "\uFF08全角", "😀", "𠀀",
            "Z", "0", "a😀", "a\uFF08", "ab", "a", "İstanbul", "ΣΊΣΥΦΟΣ");
    private Storage storage;
    private TenantId tenant;

    protected abstract TestStorages.TestDatabase database();

    @BeforeEach
    void setUp() {
        storage = database().storage();
        tenant = ContractFixtures.freshTenant();
    }

    private List<Customer> insertAll() {
        List<Customer> all = new ArrayList<>();
        for (String name : NAMES) {
            Customer c = ContractFixtures.minimal(name);
            storage.inTransaction(tenant, tx -> {
                tx.port(Customers.class).insert(c);
                return null;
            });
            all.add(c);
        }
        return all;
    }

    @Test
    @DisplayName("orders names by Unicode code point in both directions, also across pages, whatever the database collation")
    void ordersByCodePoint() {
        List<Customer> all = insertAll();
        for (SortDirection dir : SortDirection.values()) {
            CustomerQuery q = CustomerQuery.all().sortedBy(CustomerSort.NAME, dir);
            List<Customer> expected = all.stream().sorted(CustomerSort.NAME.comparator(dir)).toList();
            Page<Customer> one = storage.inTransaction(tenant, tx -> tx.port(Customers.class).search(q, Visibility.wholeTenant(), PageRequest.first(100)));
            assertThat(one.items()).as(dir.name()).containsExactlyElementsOf(expected);
            List<Customer> walked = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            do {
                PageRequest request = new PageRequest(3, cursor);
                Page<Customer> page = storage.inTransaction(tenant, tx -> tx.port(Customers.class).search(q, Visibility.wholeTenant(), request));
                walked.addAll(page.items());
                cursor = page.next();
            } while (cursor.isPresent());
            assertThat(walked).as(dir + " in pages of 3").containsExactlyElementsOf(expected);
        }
    }

    @Test
    @DisplayName("text search finds exactly what the in-memory reference finds, with Java's Locale.ROOT case rules")
    void searchesLikeTheReference() {
        List<Customer> all = insertAll();
        for (String needle : List.of("A", "i̇stan", "İSTAN", "σίσυφος", "ΣΊΣΥΦΟΣ", "😀", "\uFF08", "全角", "E", "+86 138",
                "138-1234-5678", "%", "_", "!", "b")) {
            CustomerQuery q = CustomerQuery.all().withText(needle).sortedBy(CustomerSort.NAME, SortDirection.ASC);
            List<Customer> expected = all.stream().filter(q::matches).sorted(q.sort().comparator(q.direction())).toList();
            List<Customer> found = storage.inTransaction(tenant, tx -> tx.port(Customers.class).search(q, Visibility.wholeTenant(), PageRequest.first(100)))
                    .items();
            long count = storage.inTransaction(tenant, tx -> tx.port(Customers.class).count(q, Visibility.wholeTenant()));
            assertThat(found).as("text '%s'", needle).containsExactlyElementsOf(expected);
            assertThat(count).as("count of '%s'", needle).isEqualTo(expected.size());
        }
    }
}
