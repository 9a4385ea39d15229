package io.crmkit.followup;

import io.crmkit.customer.CustomerId;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which tasks a listing holds; every listing is ordered by planned time, then id (ascending),
 * and paged by that key. Filters combine with "and"; an empty filter does not filter.
 *
 * @param customer only this customer's tasks
 * @param assignees only tasks assigned to one of these users (at most 1,000); empty for anyone's
 * @param status only tasks in this status
 * @param plannedBefore only tasks planned strictly before this time
 */
public record FollowUpQuery(Optional<CustomerId> customer, Set<UserId> assignees, Optional<FollowUpStatus> status,
                            Optional<Instant> plannedBefore) {
    /** The order of every listing: planned time, then id as text (the order SQL gives UUIDs). */
    public static final Comparator<FollowUp> ORDER = Comparator.comparing(FollowUp::plannedAt)
            .thenComparing(f -> f.id().toString());
    /** The most assignees one query names. */
    public static final int MAX_ASSIGNEES = 1000;

    /**
     * Checks and copies the components.
     *
     * @param customer see {@link #customer()}
     * @param assignees see {@link #assignees()}
     * @param status see {@link #status()}
     * @param plannedBefore see {@link #plannedBefore()}
     */
    public FollowUpQuery {
        Objects.requireNonNull(customer, "customer");
        assignees = Set.copyOf(assignees);
        if (assignees.size() > MAX_ASSIGNEES) {
            throw new IllegalArgumentException("a query names at most " + MAX_ASSIGNEES + " assignees");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(plannedBefore, "plannedBefore");
    }

    /**
     * A user's open tasks.
     *
     * @param user the assignee
     * @return the query
     */
    public static FollowUpQuery openOf(UserId user) {
        return new FollowUpQuery(Optional.empty(), Set.of(user), Optional.of(FollowUpStatus.OPEN), Optional.empty());
    }

    /**
     * The open tasks of some users planned before a time: their overdue tasks at that time.
     *
     * @param users the assignees
     * @param now the current time
     * @return the query
     */
    public static FollowUpQuery overdue(Set<UserId> users, Instant now) {
        return new FollowUpQuery(Optional.empty(), users, Optional.of(FollowUpStatus.OPEN), Optional.of(now));
    }

    /**
     * All tasks of a customer, whatever their status.
     *
     * @param customer the customer
     * @return the query
     */
    public static FollowUpQuery ofCustomer(CustomerId customer) {
        return new FollowUpQuery(Optional.of(customer), Set.of(), Optional.empty(), Optional.empty());
    }

    /**
     * A customer's open tasks.
     *
     * @param customer the customer
     * @return the query
     */
    public static FollowUpQuery openOfCustomer(CustomerId customer) {
        return new FollowUpQuery(Optional.of(customer), Set.of(), Optional.of(FollowUpStatus.OPEN), Optional.empty());
    }

    /**
     * Whether a task is in the listing (the reference semantics adapters follow).
     *
     * @param f the task
     * @return {@code true} if every filter holds
     */
    public boolean matches(FollowUp f) {
        return customer.map(f.customerId()::equals).orElse(true)
                && (assignees.isEmpty() || assignees.contains(f.assignee()))
                && status.map(s -> s == f.status()).orElse(true)
                && plannedBefore.map(f.plannedAt()::isBefore).orElse(true);
    }
}
