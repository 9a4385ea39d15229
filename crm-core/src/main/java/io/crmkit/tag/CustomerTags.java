package io.crmkit.tag;

import io.crmkit.access.Visibility;
import io.crmkit.customer.CustomerId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage port for customers' tags, bound to one tenant and one transaction (obtained from
 * {@code tx.port(CustomerTags.class)}). Stores exactly the tags it is given;
 * which values a dimension allows is the service's business.
 */
public interface CustomerTags {

    /**
     * A customer's tags.
     *
     * @param customer the customer
     * @return its tags, ordered by dimension then value; empty if it has none or does not exist
     */
    List<Tag> of(CustomerId customer);

    /**
     * Several customers' tags in one read.
     *
     * @param customers the customers (at most 1,000)
     * @return each customer that has tags mapped to its tags in order; customers without tags
     *     are left out
     */
    Map<CustomerId, List<Tag>> of(Collection<CustomerId> customers);

    /**
     * Gives a customer a tag; nothing happens if it has it already.
     *
     * @param customer an existing customer of the tenant
     * @param tag the tag
     * @return whether the tag was added
     * @throws io.crmkit.shared.NotFoundException if the tenant has no such customer
     */
    boolean add(CustomerId customer, Tag tag);

    /**
     * Takes a tag from a customer; nothing happens if it does not have it.
     *
     * @param customer the customer
     * @param tag the tag
     * @return whether the tag was removed
     */
    boolean remove(CustomerId customer, Tag tag);

    /**
     * Makes a customer's tags of one dimension exactly the given value, or none, without
     * telling what changed: for callers that know the customer's tags already, such as
     * classification. An adapter may send the change later in the transaction (reads in it
     * see the change); nothing is stored for a customer the tenant does not have.
     *
     * @param customer the customer
     * @param dimension the dimension's key
     * @param value the one value it is to have, or empty for none
     */
    void replace(CustomerId customer, String dimension, Optional<String> value);

    /**
     * Counts the customers per value of one dimension.
     *
     * @param dimension the dimension's key
     * @param visibility the customers the principal reaches; applied inside the query
     * @return one count per value at least one customer carries, ordered by value
     */
    List<TagCount> count(String dimension, Visibility visibility);
}
