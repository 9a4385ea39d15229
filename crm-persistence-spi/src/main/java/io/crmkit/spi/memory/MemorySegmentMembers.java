package io.crmkit.spi.memory;

import io.crmkit.access.Visibility;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerShare;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseId;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.segment.eval.CompiledRule;
import io.crmkit.segment.eval.FactsLayout;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.tag.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Rule evaluation in the reference adapter: each customer's facts are built and tested with
 * the {@link CompiledRule} — the semantics every other adapter must reproduce.
 */
final class MemorySegmentMembers implements SegmentMembers {
    private static final String AFTER = "page.after";

    private final Map<CustomerId, Customer> customers;
    private final Map<CustomerId, TreeMap<String, CustomerShare>> shares;
    private final Map<CustomerId, SortedSet<Tag>> tags;
    private final Map<PurchaseId, Purchase> purchases;
    private final Map<CustomerId, Instant> lastContacts;
    private final Runnable checkOpen;

    MemorySegmentMembers(Map<CustomerId, Customer> customers, Map<CustomerId, TreeMap<String, CustomerShare>> shares,
                         Map<CustomerId, SortedSet<Tag>> tags,
                         Map<PurchaseId, Purchase> purchases, Map<CustomerId, Instant> lastContacts, Runnable checkOpen) {
        this.customers = customers;
        this.shares = shares;
        this.tags = tags;
        this.purchases = purchases;
        this.lastContacts = lastContacts;
        this.checkOpen = checkOpen;
    }

    @Override
    public long count(BoundRule rule, Visibility visibility) {
        checkOpen.run();
        return customers.values().stream().filter(c -> MemoryCustomerShares.visible(visibility, c, shares))
                .filter(matcher(rule)).count();
    }

    @Override
    public Page<CustomerId> members(BoundRule rule, Visibility visibility, PageRequest page) {
        checkOpen.run();
        Optional<CustomerId> after = page.after().map(t -> new CustomerId(Cursor.decodeId(t, AFTER)));
        List<CustomerId> matching = customers.values().stream()
                .filter(c -> after.map(a -> c.id().compareTo(a) > 0).orElse(true))
                .filter(c -> MemoryCustomerShares.visible(visibility, c, shares))
                .filter(matcher(rule))
                .map(Customer::id)
                .sorted()
                .limit(page.size() + 1L)
                .toList();
        if (matching.size() <= page.size()) {
            return new Page<>(matching, Optional.empty());
        }
        List<CustomerId> items = matching.subList(0, page.size());
        return new Page<>(items, Optional.of(Cursor.of(items.get(items.size() - 1).toString()).encode()));
    }

    private Predicate<Customer> matcher(BoundRule rule) {
        FactsLayout layout = new FactsLayout(rule.vocabulary());
        CompiledRule compiled = CompiledRule.compile(rule, layout);
        Map<CustomerId, List<Purchase>> byCustomer = new HashMap<>();
        purchases.values().forEach(p -> byCustomer.computeIfAbsent(p.customerId(), k -> new ArrayList<>()).add(p));
        return c -> compiled.test(layout.facts(c, tags.getOrDefault(c.id(), java.util.Collections.emptySortedSet()),
                byCustomer.getOrDefault(c.id(), List.of()), Optional.ofNullable(lastContacts.get(c.id()))));
    }
}
