package io.crmkit.tag;

import io.crmkit.customer.CustomerId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Adds and removes tags on one or many customers, all in one transaction: either every
 * customer is changed or, on any error, none is.
 *
 * <p>Adding a value to a single-valued dimension replaces the value the customer had there.
 * Adding a tag the customer has, or removing one it lacks, changes nothing and records nothing.
 *
 * @param customers the customers, 1 to {@value #MAX_CUSTOMERS}, no repeats
 * @param add the tags to add
 * @param remove the tags to remove
 */
public record ChangeTags(
        @NotNull @Size(min = 1, max = MAX_CUSTOMERS) List<@NotNull CustomerId> customers,
        @NotNull @Size(max = MAX_TAGS) List<@NotNull Tag> add,
        @NotNull @Size(max = MAX_TAGS) List<@NotNull Tag> remove) {

    /** The most customers one command changes. */
    public static final int MAX_CUSTOMERS = 10_000;
    /** The most tags one command adds (and removes). */
    public static final int MAX_TAGS = 100;

    /**
     * Copies the lists ({@code null}s stay for validation to report).
     *
     * @param customers see {@link #customers()}
     * @param add see {@link #add()}
     * @param remove see {@link #remove()}
     */
    public ChangeTags {
        customers = copy(customers);
        add = copy(add);
        remove = copy(remove);
    }

    // Null elements are kept (not List.copyOf) so that validation names them instead of an NPE here.
    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * Adds tags to one customer.
     *
     * @param customer the customer
     * @param tags the tags
     * @return the command
     */
    public static ChangeTags add(CustomerId customer, Tag... tags) {
        return new ChangeTags(List.of(customer), List.of(tags), List.of());
    }

    /**
     * Removes tags from one customer.
     *
     * @param customer the customer
     * @param tags the tags
     * @return the command
     */
    public static ChangeTags remove(CustomerId customer, Tag... tags) {
        return new ChangeTags(List.of(customer), List.of(), List.of(tags));
    }
}
