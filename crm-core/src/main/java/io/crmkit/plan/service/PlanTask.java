package io.crmkit.plan.service;

import io.crmkit.customer.CustomerId;
import io.crmkit.notify.Channel;
import io.crmkit.plan.InteractionPlanId;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * The follow-up task a plan asks for, for one member.
 *
 * @param plan the plan
 * @param customer the member
 * @param assignee who should follow up: the customer's owner
 * @param content the plan's content, the task's text
 * @param channel the plan's channel, the follow-up method
 * @param notBefore the member's not-before time (see {@link io.crmkit.plan.PlanSchedule#notBefore})
 * @param requestedBy the user running the plan
 */
public record PlanTask(InteractionPlanId plan, CustomerId customer, UserId assignee, String content, Channel channel,
                       Instant notBefore, UserId requestedBy) {

    /**
     * Checks the components.
     *
     * @param plan see {@link #plan()}
     * @param customer see {@link #customer()}
     * @param assignee see {@link #assignee()}
     * @param content see {@link #content()}
     * @param channel see {@link #channel()}
     * @param notBefore see {@link #notBefore()}
     * @param requestedBy see {@link #requestedBy()}
     */
    public PlanTask {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
