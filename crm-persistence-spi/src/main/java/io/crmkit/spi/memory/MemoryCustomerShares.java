package io.crmkit.spi.memory;

import io.crmkit.access.Grantee;
import io.crmkit.access.Visibility;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerShare;
import io.crmkit.customer.CustomerShares;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Customer shares in memory, and the visibility predicate every in-memory listing applies
 * while it filters (the same predicate the JDBC adapter writes into its SQL).
 */
final class MemoryCustomerShares implements CustomerShares {
    /** Per customer, its shares by grantee key (ordered, as {@link #of} promises). */
    private final Map<CustomerId, TreeMap<String, CustomerShare>> shares;
    private final Deque<Runnable> undo;
    private final Runnable checkOpen;

    MemoryCustomerShares(Map<CustomerId, TreeMap<String, CustomerShare>> shares, Deque<Runnable> undo,
                         Runnable checkOpen) {
        this.shares = shares;
        this.undo = undo;
        this.checkOpen = checkOpen;
    }

    @Override
    public void put(CustomerShare share) {
        checkOpen.run();
        String key = share.grantee().key();
        CustomerShare before = shares.computeIfAbsent(share.customerId(), c -> new TreeMap<>()).put(key, share);
        undo.push(() -> restore(share.customerId(), key, before));
    }

    @Override
    public boolean remove(CustomerId customer, Grantee grantee) {
        checkOpen.run();
        TreeMap<String, CustomerShare> of = shares.get(customer);
        CustomerShare before = of == null ? null : of.remove(grantee.key());
        if (before == null) {
            return false;
        }
        undo.push(() -> restore(customer, grantee.key(), before));
        return true;
    }

    @Override
    public List<CustomerShare> of(CustomerId customer) {
        checkOpen.run();
        return List.copyOf(shares.getOrDefault(customer, new TreeMap<>()).values());
    }

    private void restore(CustomerId customer, String key, CustomerShare before) {
        TreeMap<String, CustomerShare> of = shares.computeIfAbsent(customer, c -> new TreeMap<>());
        if (before == null) {
            of.remove(key);
        } else {
            of.put(key, before);
        }
    }

    /** Whether a customer is reached: by its owner, or by one of its shares. */
    static boolean visible(Visibility v, Customer c, Map<CustomerId, TreeMap<String, CustomerShare>> shares) {
        if (v.admitsOwner(c.owner())) {
            return true;
        }
        TreeMap<String, CustomerShare> of = shares.get(c.id());
        return of != null && of.values().stream().anyMatch(s -> v.admitsShare(s.grantee(), s.access(), s.until()));
    }
}
