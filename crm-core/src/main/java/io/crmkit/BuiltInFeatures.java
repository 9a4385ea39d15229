package io.crmkit;

import io.crmkit.access.Principal;
import io.crmkit.audit.AuditTrail;
import io.crmkit.classification.internal.Reclassifier;
import io.crmkit.classification.service.ClassificationService;
import io.crmkit.classification.service.ReclassificationJob;
import io.crmkit.customer.CustomerShares;
import io.crmkit.customer.Customers;
import io.crmkit.followup.FollowUps;
import io.crmkit.followup.internal.FollowUpTimelineSource;
import io.crmkit.followup.internal.OpenTasksViewSource;
import io.crmkit.interaction.Interactions;
import io.crmkit.interaction.internal.InteractionTimelineSource;
import io.crmkit.interaction.internal.RecentInteractionsViewSource;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.outbox.Outbox;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.purchase.Purchases;
import io.crmkit.purchase.internal.PurchaseOverviewSource;
import io.crmkit.schedule.JobRuns;
import io.crmkit.schedule.JobTenants;
import io.crmkit.schedule.service.ScheduledJob;
import io.crmkit.segment.SavedSegments;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.MissingPortException.MissingPort;
import io.crmkit.storage.MissingPortException;
import io.crmkit.storage.Storage;
import io.crmkit.tag.CustomerTags;
import io.crmkit.timeline.internal.AuditTimelineSource;
import io.crmkit.timeline.service.TimelineSource;
import io.crmkit.view.service.CustomerViewSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The features a {@link Crm} runs: the storage ports each needs, its timeline sources and its
 * part of the customer view, and the scheduled jobs. A feature added to crmkit registers its
 * descriptor here; {@link #requirePorts(Storage)} then refuses, when {@code Crm} is built, any
 * storage that lacks one of its ports, every session's timeline merges
 * {@link #timelineSources()}, every customer view holds the parts of {@link #viewSources()}, and
 * the job runner runs {@link #jobs}.
 */
final class BuiltInFeatures {
    /** In the order their missing ports are reported. */
    static final List<FeatureDescriptor> ALL = List.of(
            // The audit trail's entries (lifecycle and other changes) are the customer's timeline items.
            FeatureDescriptor.of("customers", Customers.class, CustomerShares.class, AuditTrail.class, Outbox.class)
                    .withTimeline(new AuditTimelineSource()),
            FeatureDescriptor.of("tags", CustomerTags.class),
            FeatureDescriptor.of("purchases", Purchases.class).withViewPart(new PurchaseOverviewSource()),
            FeatureDescriptor.of("segments", SegmentMembers.class, SavedSegments.class),
            FeatureDescriptor.of("follow-ups", FollowUps.class).withTimeline(new FollowUpTimelineSource())
                    .withViewPart(new OpenTasksViewSource()),
            FeatureDescriptor.of("interactions", Interactions.class).withTimeline(new InteractionTimelineSource())
                    .withViewPart(new RecentInteractionsViewSource()),
            FeatureDescriptor.of("interaction-plans", InteractionPlans.class),
            FeatureDescriptor.of("jobs", JobRuns.class, JobTenants.class));

    private BuiltInFeatures() {
    }

    /** {@return every feature's sources of customer-view parts, in registration order} */
    static List<CustomerViewSource> viewSources() {
        return ALL.stream().flatMap(f -> f.viewSources().stream()).toList();
    }

    /**
     * The features' scheduled jobs, on the parts of one {@link Crm}. Each needs its settings in
     * the configuration's {@code jobs} section ({@code JobSettings.DEFAULTS}).
     *
     * @param contexts opens a tenant's session context for a job's principal
     * @param reclassifier the deployment's reclassifier
     */
    static List<ScheduledJob> jobs(BiFunction<TenantId, Principal, SessionContext> contexts, Reclassifier reclassifier) {
        return List.of(new ReclassificationJob(tenant -> new ClassificationService(
                contexts.apply(tenant, ReclassificationJob.PRINCIPAL), reclassifier)));
    }

    /** {@return every feature's timeline sources, in registration order} */
    static List<TimelineSource> timelineSources() {
        return ALL.stream().flatMap(f -> f.timelineSources().stream()).toList();
    }

    /**
     * Checks that a storage offers every port of every feature.
     *
     * @throws MissingPortException naming each missing port and the feature needing it
     */
    static void requirePorts(Storage storage) {
        Set<Class<?>> offered = storage.ports();
        List<MissingPort> missing = new ArrayList<>();
        for (FeatureDescriptor feature : ALL) {
            for (Class<?> port : feature.ports()) {
                if (!offered.contains(port)) {
                    missing.add(new MissingPort(feature.name(), port));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingPortException(storage.name(), missing);
        }
    }
}
