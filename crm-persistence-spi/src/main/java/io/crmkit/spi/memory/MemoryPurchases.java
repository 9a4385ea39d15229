package io.crmkit.spi.memory;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseId;
import io.crmkit.purchase.Purchases;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The in-memory purchases of one tenant, seen through one transaction: every write pushes its
 * undo onto the transaction's log.
 */
final class MemoryPurchases implements Purchases {
    private static final String PURCHASE = Purchase.ENTITY_TYPE;
    private static final Comparator<Purchase> BY_DATE = Comparator.comparing(Purchase::purchasedOn)
            .thenComparing(p -> p.id().toString());

    private final Map<CustomerId, Customer> customers;
    private final Map<PurchaseId, Purchase> purchases;
    private final Map<String, PurchaseId> byReference;
    private final Deque<Runnable> undo;
    private final Runnable checkOpen;

    MemoryPurchases(Map<CustomerId, Customer> customers, Map<PurchaseId, Purchase> purchases,
                    Map<String, PurchaseId> byReference, Deque<Runnable> undo, Runnable checkOpen) {
        this.customers = customers;
        this.purchases = purchases;
        this.byReference = byReference;
        this.undo = undo;
        this.checkOpen = checkOpen;
    }

    @Override
    public void insert(Purchase p) {
        checkOpen.run();
        if (purchases.containsKey(p.id())) {
            throw ConflictException.alreadyExists(PURCHASE, p.id().toString());
        }
        if (byReference.containsKey(p.orderReference())) {
            throw ConflictException.alreadyExists(PURCHASE, p.orderReference());
        }
        if (!customers.containsKey(p.customerId())) {
            throw new NotFoundException(Customer.ENTITY_TYPE, p.customerId().toString());
        }
        purchases.put(p.id(), p);
        byReference.put(p.orderReference(), p.id());
        undo.push(() -> {
            purchases.remove(p.id());
            byReference.remove(p.orderReference());
        });
    }

    @Override
    public void update(Purchase p, long expectedVersion) {
        checkOpen.run();
        Purchase current = purchases.get(p.id());
        if (current == null) {
            throw new NotFoundException(PURCHASE, p.id().toString());
        }
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion(PURCHASE, p.id().toString(), expectedVersion, current.version());
        }
        purchases.put(p.id(), p);
        undo.push(() -> purchases.put(current.id(), current));
    }

    @Override
    public Optional<Purchase> findByReference(String orderReference) {
        checkOpen.run();
        return Optional.ofNullable(byReference.get(orderReference)).map(purchases::get);
    }

    @Override
    public List<Purchase> ofCustomer(CustomerId customer) {
        checkOpen.run();
        return purchases.values().stream().filter(p -> p.customerId().equals(customer)).sorted(BY_DATE).toList();
    }

    @Override
    public Map<CustomerId, List<Purchase>> ofCustomers(Collection<CustomerId> ids) {
        checkOpen.run();
        Set<CustomerId> wanted = new HashSet<>(ids);
        Map<CustomerId, List<Purchase>> out = new HashMap<>();
        purchases.values().stream().filter(p -> wanted.contains(p.customerId())).sorted(BY_DATE)
                .forEach(p -> out.computeIfAbsent(p.customerId(), k -> new ArrayList<>()).add(p));
        return out;
    }
}
