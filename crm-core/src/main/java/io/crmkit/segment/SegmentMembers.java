package io.crmkit.segment;

import io.crmkit.access.Visibility;
import io.crmkit.customer.CustomerId;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;

/**
 * Storage port that evaluates rules over a tenant's customers, bound to one tenant and one
 * transaction (obtained from {@code tx.port(SegmentMembers.class)}). An
 * adapter must give exactly the results of the in-memory reference, which evaluates
 * {@link io.crmkit.segment.eval.CompiledRule}; the contract kit checks that with random rules.
 */
public interface SegmentMembers {

    /**
     * Counts the customers a rule selects.
     *
     * @param rule the bound rule
     * @param visibility the customers the principal reaches; applied inside the query
     * @return how many
     */
    long count(BoundRule rule, Visibility visibility);

    /**
     * Lists the customers a rule selects, in id order (creation order for crmkit's
     * time-ordered ids), one keyset page at a time.
     *
     * @param rule the bound rule
     * @param visibility the customers the principal reaches; applied inside the query
     * @param page page size and the cursor of the previous page
     * @return the page; its cursor continues after its last id
     * @throws io.crmkit.shared.ValidationException if the cursor is not one this listing made
     */
    Page<CustomerId> members(BoundRule rule, Visibility visibility, PageRequest page);
}
