package io.crmkit.plan.service;

import io.crmkit.access.OrgDirectory;
import io.crmkit.access.Visibility;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.notify.Notification;
import io.crmkit.notify.NotificationTemplates;
import io.crmkit.notify.json.NotificationMessages;
import io.crmkit.outbox.Outbox;
import io.crmkit.plan.InteractionPlan;
import io.crmkit.plan.InteractionPlanId;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.plan.PlanAction;
import io.crmkit.plan.PlanMemberResult;
import io.crmkit.plan.PlanOutcome;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.shared.CrmException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.StorageException;
import io.crmkit.storage.StorageTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One run of a plan, a page of members at a time: each member without a result gets the plan's
 * action and a result, in the page's transaction.
 */
final class PlanRun {
    private static final int MAX_REASON = 500;

    private final SessionContext ctx;
    private final InteractionPlan plan;
    private final OrgDirectory directory;
    private final PlanTaskCreator taskCreator;

    PlanRun(SessionContext ctx, InteractionPlan plan, OrgDirectory directory, PlanTaskCreator taskCreator) {
        this.ctx = ctx;
        this.plan = plan;
        this.directory = directory;
        this.taskCreator = taskCreator;
    }

    /**
     * Handles one page of the members the runner sees.
     *
     * @return the cursor of the next page, or empty after the last
     */
    Optional<String> page(StorageTransaction tx, BoundRule rule, Visibility visibility, PageRequest request) {
        Page<CustomerId> members = tx.port(SegmentMembers.class).members(rule, visibility, request);
        Set<CustomerId> handled = tx.port(InteractionPlans.class).handled(plan.id(), members.items());
        List<CustomerId> open = members.items().stream().filter(m -> !handled.contains(m)).toList();
        // The page's customers and last contacts in one read each, not one per member.
        Map<CustomerId, Customer> customers = tx.port(Customers.class).find(open);
        Map<CustomerId, Instant> lastContacts = tx.port(Customers.class).lastContacts(open);
        for (CustomerId member : open) {
            Instant now = ctx.now();
            Customer c = customers.get(member);
            PlanMemberResult result = c == null
                    ? result(member, PlanOutcome.SKIPPED, Optional.of("customer no longer exists"), now)
                    : act(tx, c, plan.schedule().notBefore(Optional.ofNullable(lastContacts.get(member))), now);
            tx.port(InteractionPlans.class).recordResult(result);
        }
        return members.next();
    }

    private PlanMemberResult act(StorageTransaction tx, Customer c, Instant notBefore, Instant now) {
        if (plan.action() == PlanAction.NOTIFY) {
            // Named from the plan and the member: the same notice can never be queued twice.
            UUID key = UUID.nameUUIDFromBytes(String.join("|", ctx.tenant().value(), InteractionPlanService.PLAN,
                    plan.id().toString(), c.id().toString()).getBytes(StandardCharsets.UTF_8));
            Locale locale = directory.localeOf(ctx.tenant(), c.owner()).orElse(ctx.configuration().locale().locale());
            Notification n = new Notification(key, plan.channel(), c.owner().value(), NotificationTemplates.PLAN_NOTICE,
                    Map.of("planId", plan.id().toString(), "planName", plan.name(), "customerId", c.id().toString(),
                            "customerName", c.details().name(), "content", plan.content(),
                            "notBefore", notBefore.toString()), locale);
            tx.port(Outbox.class).append(NotificationMessages.toMessage(n, now, notBefore, Optional.of(reference(plan.id()))));
            return result(c.id(), PlanOutcome.NOTIFIED, Optional.empty(), now);
        }
        try {
            String task = taskCreator.create(tx, new PlanTask(plan.id(), c, plan.content(), plan.channel(), notBefore,
                    ctx.principal().user()));
            return result(c.id(), PlanOutcome.TASK_CREATED, Optional.of("task " + task), now);
        } catch (StorageException e) {
            throw e;
        } catch (CrmException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return result(c.id(), PlanOutcome.FAILED, Optional.of(reason.length() > MAX_REASON
                    ? reason.substring(0, MAX_REASON) : reason), now);
        }
    }

    /**
     * The outbox reference of a plan's notices, by which {@code Outbox.cancelPending} finds them.
     *
     * @param plan the plan
     * @return {@code interaction_plan:<planId>}
     */
    static String reference(InteractionPlanId plan) {
        return InteractionPlanService.PLAN + ":" + plan;
    }

    private PlanMemberResult result(CustomerId member, PlanOutcome outcome, Optional<String> reason, Instant now) {
        return new PlanMemberResult(plan.id(), member, outcome, reason, now);
    }
}
