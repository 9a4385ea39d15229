package io.crmkit.plan.service;

import io.crmkit.customer.Customer;
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
 * @param member the member as the page's transaction read it, so that a creator writing in that
 *     transaction need not read it again
 */
public record PlanTask(InteractionPlanId plan, CustomerId customer, UserId assignee, String content, Channel channel,
                       Instant notBefore, UserId requestedBy, Customer member) {

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
     * @param member see {@link #member()}
     * @throws IllegalArgumentException if {@code member} is not the customer {@code customer}
     */
    public PlanTask {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(member, "member");
        if (!member.id().equals(customer)) {
            throw new IllegalArgumentException("member " + member.id() + " is not customer " + customer);
        }
    }

    /**
     * The task for a member, assigned to its owner.
     *
     * @param plan the plan
     * @param member the member, as read in the page's transaction
     * @param content the plan's content
     * @param channel the plan's channel
     * @param notBefore the member's not-before time
     * @param requestedBy the user running the plan
     */
    public PlanTask(InteractionPlanId plan, Customer member, String content, Channel channel, Instant notBefore,
                    UserId requestedBy) {
        this(plan, member.id(), member.owner(), content, channel, notBefore, requestedBy, member);
    }
}
