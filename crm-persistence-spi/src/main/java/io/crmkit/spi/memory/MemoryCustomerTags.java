package io.crmkit.spi.memory;

import io.crmkit.access.Visibility;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerShare;
import io.crmkit.shared.NotFoundException;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import io.crmkit.tag.TagCount;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The in-memory tags of one tenant, seen through one transaction: every write pushes its undo
 * onto the transaction's log.
 */
final class MemoryCustomerTags implements CustomerTags {
    private final Map<CustomerId, Customer> customers;
    private final Map<CustomerId, SortedSet<Tag>> tags;
    private final Map<CustomerId, TreeMap<String, CustomerShare>> shares;
    private final Deque<Runnable> undo;
    private final Runnable checkOpen;

    MemoryCustomerTags(Map<CustomerId, Customer> customers, Map<CustomerId, SortedSet<Tag>> tags,
                       Map<CustomerId, TreeMap<String, CustomerShare>> shares,
                       Deque<Runnable> undo, Runnable checkOpen) {
        this.customers = customers;
        this.tags = tags;
        this.shares = shares;
        this.undo = undo;
        this.checkOpen = checkOpen;
    }

    @Override
    public List<Tag> of(CustomerId customer) {
        checkOpen.run();
        return List.copyOf(tags.getOrDefault(customer, new TreeSet<>()));
    }

    @Override
    public Map<CustomerId, List<Tag>> of(Collection<CustomerId> ids) {
        checkOpen.run();
        Map<CustomerId, List<Tag>> found = new LinkedHashMap<>();
        for (CustomerId id : ids) {
            SortedSet<Tag> t = tags.get(id);
            if (t != null && !t.isEmpty()) {
                found.put(id, List.copyOf(t));
            }
        }
        return found;
    }

    @Override
    public boolean add(CustomerId customer, Tag tag) {
        checkOpen.run();
        if (!customers.containsKey(customer)) {
            throw new NotFoundException(Customer.ENTITY_TYPE, customer.toString());
        }
        boolean added = tags.computeIfAbsent(customer, c -> new TreeSet<>()).add(tag);
        if (added) {
            undo.push(() -> tags.get(customer).remove(tag));
        }
        return added;
    }

    @Override
    public boolean remove(CustomerId customer, Tag tag) {
        checkOpen.run();
        SortedSet<Tag> t = tags.get(customer);
        boolean removed = t != null && t.remove(tag);
        if (removed) {
            undo.push(() -> t.add(tag));
        }
        return removed;
    }

    @Override
    public void replace(CustomerId customer, String dimension, Optional<String> value) {
        checkOpen.run();
        if (!customers.containsKey(customer)) {
            return;
        }
        for (Tag t : List.copyOf(tags.getOrDefault(customer, new TreeSet<>()))) {
            if (t.dimension().equals(dimension) && !value.equals(Optional.of(t.value()))) {
                remove(customer, t);
            }
        }
        value.ifPresent(v -> add(customer, Tag.of(dimension, v)));
    }

    @Override
    public List<TagCount> count(String dimension, Visibility visibility) {
        checkOpen.run();
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<CustomerId, SortedSet<Tag>> e : tags.entrySet()) {
            Customer c = customers.get(e.getKey());
            if (c == null || !MemoryCustomerShares.visible(visibility, c, shares)) {
                continue;
            }
            for (Tag tag : e.getValue()) {
                if (tag.dimension().equals(dimension)) {
                    counts.merge(tag.value(), 1L, Long::sum);
                }
            }
        }
        return counts.entrySet().stream().map(e -> new TagCount(e.getKey(), e.getValue())).toList();
    }
}
