package io.crmkit.purchase;

import io.crmkit.customer.CustomerId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage port for purchases, bound to one tenant and one transaction (obtained from
 * {@code tx.port(Purchases.class)}). A purchase is stored whole, with
 * its lines in order.
 */
public interface Purchases {

    /**
     * Stores a new purchase.
     *
     * @param purchase the purchase, at version 1, of an existing customer
     * @throws io.crmkit.shared.ConflictException if the tenant has a purchase with that id or
     *     order reference
     * @throws io.crmkit.shared.NotFoundException if the tenant has no such customer
     */
    void insert(Purchase purchase);

    /**
     * Replaces a stored purchase if its stored version is still {@code expectedVersion}.
     *
     * @param purchase the new state (same id, customer and order reference), at version
     *     {@code expectedVersion + 1}
     * @param expectedVersion the version the change was based on
     * @throws io.crmkit.shared.ConflictException if the stored version differs
     * @throws io.crmkit.shared.NotFoundException if there is no such purchase
     */
    void update(Purchase purchase, long expectedVersion);

    /**
     * Finds a purchase by the host's order reference.
     *
     * @param orderReference the reference
     * @return the purchase, or empty
     */
    Optional<Purchase> findByReference(String orderReference);

    /**
     * A customer's purchases, cancelled ones included.
     *
     * @param customer the customer
     * @return its purchases by date, then id
     */
    List<Purchase> ofCustomer(CustomerId customer);

    /**
     * Several customers' purchases in one read (batch reclassification).
     *
     * @param customers the customers (at most 1,000)
     * @return each customer with purchases mapped to them by date, then id; others left out
     */
    Map<CustomerId, List<Purchase>> ofCustomers(Collection<CustomerId> customers);
}
