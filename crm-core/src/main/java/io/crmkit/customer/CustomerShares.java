package io.crmkit.customer;

import io.crmkit.access.Grantee;
import java.util.List;

/**
 * Storage port for customer shares, bound to one tenant and one transaction (obtained from
 * {@code tx.port(CustomerShares.class)}). Listings and counts of customers apply shares
 * themselves, inside their queries, through the {@link io.crmkit.access.Visibility} they are
 * given; this port writes shares and reads those of one customer.
 */
public interface CustomerShares {

    /**
     * Stores a share, replacing the one of the same customer and grantee if there is one.
     *
     * @param share the share
     */
    void put(CustomerShare share);

    /**
     * Removes the share of a customer with a grantee.
     *
     * @param customer the customer
     * @param grantee the grantee
     * @return {@code true} if there was one
     */
    boolean remove(CustomerId customer, Grantee grantee);

    /**
     * The shares of one customer, expired ones included, ordered by grantee key.
     *
     * @param customer the customer
     * @return its shares (possibly none)
     */
    List<CustomerShare> of(CustomerId customer);
}
