package io.crmkit.plan;

import io.crmkit.customer.CustomerId;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Storage port for interaction plans and their per-member results, bound to one tenant and one
 * transaction (obtained from {@code tx.port(InteractionPlans.class)}).
 */
public interface InteractionPlans {

    /**
     * Stores a new plan.
     *
     * @param plan the plan, at version 1
     * @throws io.crmkit.shared.ConflictException if the tenant has a plan with that id
     */
    void insert(InteractionPlan plan);

    /**
     * Replaces a plan if its stored version is still {@code expectedVersion}.
     *
     * @param plan the new state, at version {@code expectedVersion + 1}
     * @param expectedVersion the version the change was based on
     * @throws io.crmkit.shared.ConflictException if the stored version differs
     * @throws io.crmkit.shared.NotFoundException if there is no such plan
     */
    void update(InteractionPlan plan, long expectedVersion);

    /**
     * Deletes a plan with its results and last run.
     *
     * @param id the plan
     * @return whether it existed
     */
    boolean delete(InteractionPlanId id);

    /**
     * Reads a plan.
     *
     * @param id the plan
     * @return it, or empty
     */
    Optional<InteractionPlan> find(InteractionPlanId id);

    /** {@return every plan of the tenant, by name then id} */
    List<InteractionPlan> all();

    /**
     * Stores a member's result.
     *
     * @param result the result, of an existing plan
     * @throws io.crmkit.shared.ConflictException if the plan already has a result for that customer
     *     (the unique key plan + customer)
     * @throws io.crmkit.shared.NotFoundException if there is no such plan
     */
    void recordResult(PlanMemberResult result);

    /**
     * Which of some customers the plan has a result for.
     *
     * @param plan the plan
     * @param customers the customers (at most 1,000)
     * @return those with a result
     */
    Set<CustomerId> handled(InteractionPlanId plan, Collection<CustomerId> customers);

    /**
     * A plan's results in customer id order (ids compared as their lower-case text), keyset paged;
     * the cursor is {@code Cursor.of(customerId.toString()).encode()} of the last item.
     *
     * @param plan the plan
     * @param page page size and cursor
     * @return the page
     * @throws io.crmkit.shared.ValidationException if the cursor is not of that form
     */
    Page<PlanMemberResult> results(InteractionPlanId plan, PageRequest page);

    /**
     * Counts a plan's results per outcome.
     *
     * @param plan the plan
     * @return the outcomes with at least one result, and their counts
     */
    Map<PlanOutcome, Long> counts(InteractionPlanId plan);

    /**
     * Records a completed run, replacing the previous one.
     *
     * @param plan the plan
     * @param at when the run started
     * @param members how many members the segment had
     * @throws io.crmkit.shared.NotFoundException if there is no such plan
     */
    void recordRun(InteractionPlanId plan, Instant at, long members);

    /**
     * A plan's last completed run.
     *
     * @param plan the plan
     * @return it, or empty if none has completed
     */
    Optional<PlanLastRun> lastRun(InteractionPlanId plan);
}
