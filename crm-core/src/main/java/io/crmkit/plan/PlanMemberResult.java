package io.crmkit.plan;

import io.crmkit.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plan did for one member; stored once per plan and customer, which is what makes a rerun
 * skip the members already handled.
 *
 * @param plan the plan
 * @param customer the member
 * @param outcome what was done
 * @param reason why, for {@link PlanOutcome#SKIPPED} and {@link PlanOutcome#FAILED} (at most 500 characters)
 * @param at when
 */
public record PlanMemberResult(InteractionPlanId plan, CustomerId customer, PlanOutcome outcome, Optional<String> reason,
                               Instant at) {

    /**
     * Checks the components.
     *
     * @param plan see {@link #plan()}
     * @param customer see {@link #customer()}
     * @param outcome see {@link #outcome()}
     * @param reason see {@link #reason()}
     * @param at see {@link #at()}
     */
    public PlanMemberResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
