package io.crmkit;

import io.crmkit.access.OrgDirectory;
import io.crmkit.access.Principal;
import io.crmkit.classification.internal.Reclassifier;
import io.crmkit.classification.service.ClassificationService;
import io.crmkit.customer.WonDeals;
import io.crmkit.customer.service.CustomerService;
import io.crmkit.customer.service.CustomerSharingService;
import io.crmkit.followup.service.FollowUpPlanTasks;
import io.crmkit.followup.service.FollowUpService;
import io.crmkit.interaction.service.InteractionService;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.outbox.service.OutboxAdminService;
import io.crmkit.plan.service.InteractionPlanService;
import io.crmkit.plan.service.PlanTaskCreator;
import io.crmkit.purchase.service.PurchaseService;
import io.crmkit.segment.service.SegmentService;
import io.crmkit.shared.TenantId;
import io.crmkit.tag.internal.TagChanges;
import io.crmkit.tag.service.TagService;
import io.crmkit.timeline.service.TimelineService;
import java.util.Locale;
import java.util.Optional;

/**
 * One tenant and one acting user: the services a host calls. Cheap to create; create one
 * per request. Thread-safe, though usually used by one thread.
 */
public final class CrmSession {
    private final SessionContext context;
    private final CustomerService customers;
    private final CustomerSharingService sharing;
    private final TagService tags;
    private final PurchaseService purchases;
    private final SegmentService segments;
    private final ClassificationService classification;
    private final FollowUpService followUps;
    private final OutboxAdminService outbox;
    private final InteractionService interactions;
    private final TimelineService timeline;
    private final InteractionPlanService interactionPlans;

    CrmSession(SessionContext context, Reclassifier reclassifier, OrgDirectory directory,
               Optional<PlanTaskCreator> planTaskCreator, WonDeals wonDeals) {
        this.context = context;
        this.customers = new CustomerService(context, reclassifier, wonDeals, BuiltInFeatures.viewSources());
        this.sharing = new CustomerSharingService(context);
        this.purchases = new PurchaseService(context, reclassifier);
        TagChanges tagChanges = new TagChanges(context, reclassifier);
        this.segments = new SegmentService(context, tagChanges);
        this.tags = new TagService(context, tagChanges);
        this.classification = new ClassificationService(context, reclassifier);
        this.followUps = new FollowUpService(context, directory);
        this.outbox = new OutboxAdminService(context);
        this.interactions = new InteractionService(context);
        this.timeline = new TimelineService(context, BuiltInFeatures.timelineSources());
        this.interactionPlans = new InteractionPlanService(context, segments, directory,
                planTaskCreator.orElseGet(() -> new FollowUpPlanTasks(context, followUps)));
    }

    /** {@return customers and their contacts} */
    public CustomerService customers() {
        return customers;
    }

    /** {@return sharing customers with users and teams beyond their owner's data scope} */
    public CustomerSharingService sharing() {
        return sharing;
    }

    /** {@return customers' tags: tagging one or many customers, counting per value} */
    public TagService tags() {
        return tags;
    }

    /** {@return purchases recorded by the host's order system, and their figures} */
    public PurchaseService purchases() {
        return purchases;
    }

    /** {@return segments: rules over customers, previewed, saved, counted, listed and explained} */
    public SegmentService segments() {
        return segments;
    }

    /** {@return classification and value assessment: reclassifying one customer or the whole tenant, value scores} */
    public ClassificationService classification() {
        return classification;
    }

    /** {@return follow-up tasks: create, reassign, reschedule, complete, cancel, list; their reminders} */
    public FollowUpService followUps() {
        return followUps;
    }

    /** {@return the tenant's outbox, for administrators: dead letters, delivery states, retrying} */
    public OutboxAdminService outbox() {
        return outbox;
    }

    /** {@return the interaction log: calls, e-mails, meetings, visits with customers} */
    public InteractionService interactions() {
        return interactions;
    }

    /** {@return customers' timelines: interactions, lifecycle changes and other changes, newest first} */
    public TimelineService timeline() {
        return timeline;
    }

    /** {@return interaction plans: content for a saved segment's members, run page by page} */
    public InteractionPlanService interactionPlans() {
        return interactionPlans;
    }

    /** {@return the tenant every call is scoped to} */
    public TenantId tenant() {
        return context.tenant();
    }

    /** {@return the acting user} */
    public Principal principal() {
        return context.principal();
    }

    /** {@return the locale of error messages} */
    public Locale locale() {
        return context.locale();
    }
}
