package io.crmkit.customer;

import io.crmkit.access.Visibility;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Storage port for customers, bound to one tenant and one transaction (obtained from
 * {@code tx.port(Customers.class)}). A customer is stored whole:
 * profile, custom field values and contacts in their order.
 *
 * <p>Adapters prove their implementation with the compatibility kit
 * ({@code crm-compatibility-kit}, {@code StorageCompatibilityKit}).
 */
public interface Customers {

    /**
     * Stores a new customer.
     *
     * @param customer the customer, at version 1
     * @throws io.crmkit.shared.ConflictException if a customer with that id exists in the tenant;
     *         an adapter that sends a transaction's writes together may raise it later in the
     *         transaction, at the latest when the work ends (it then rolls back whole)
     */
    void insert(Customer customer);

    /**
     * Replaces a stored customer if its stored version is still {@code expectedVersion}.
     *
     * @param customer the new state, at version {@code expectedVersion + 1}
     * @param expectedVersion the version the change was based on
     * @throws io.crmkit.shared.ConflictException if the stored version differs (nothing is written)
     * @throws io.crmkit.shared.NotFoundException if there is no such customer in the tenant
     */
    void update(Customer customer, long expectedVersion);

    /**
     * Reads one customer.
     *
     * @param id the id
     * @return the customer, or empty if the tenant has none with that id
     */
    Optional<Customer> find(CustomerId id);

    /**
     * Reads several customers in one go (for bulk operations that check each one).
     *
     * @param ids the customers (at most 1,000)
     * @return each customer the tenant has, by id; ids it does not have are left out
     */
    Map<CustomerId, Customer> find(Collection<CustomerId> ids);

    /**
     * Lists customers matching a query, one keyset page at a time, with the semantics
     * documented on {@link CustomerQuery}.
     *
     * @param query filters and order
     * @param visibility the customers the principal reaches; applied inside the query
     * @param page page size and the cursor from the previous page
     * @return the page; its cursor is {@link CustomerSort#cursorAfter(Customer)} of the last item
     * @throws io.crmkit.shared.ValidationException if the cursor is not one this listing made
     */
    Page<Customer> search(CustomerQuery query, Visibility visibility, PageRequest page);

    /**
     * Counts customers matching a query's filters.
     *
     * @param query filters (order is ignored)
     * @param visibility the customers the principal reaches; applied inside the query
     * @return the count
     */
    long count(CustomerQuery query, Visibility visibility);

    /**
     * Records that someone contacted a customer; the latest time is kept.
     *
     * @param id the customer
     * @param at when; an earlier time than the one kept changes nothing
     * @throws io.crmkit.shared.NotFoundException if there is no such customer in the tenant
     */
    void recordContact(CustomerId id, Instant at);

    /**
     * When a customer was last contacted.
     *
     * @param id the customer
     * @return the latest recorded contact, or empty if none
     */
    Optional<Instant> lastContact(CustomerId id);

    /**
     * Several customers' last contacts in one read.
     *
     * @param ids the customers (at most 1,000)
     * @return each customer with a recorded contact mapped to its latest; others left out
     */
    Map<CustomerId, Instant> lastContacts(Collection<CustomerId> ids);
}
