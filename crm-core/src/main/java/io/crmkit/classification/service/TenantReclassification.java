package io.crmkit.classification.service;

import io.crmkit.access.Visibility;
import io.crmkit.classification.ClassificationChange;
import io.crmkit.classification.CompiledPlan;
import io.crmkit.classification.ReclassificationReport;
import io.crmkit.classification.internal.Reclassifier;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.Customers;
import io.crmkit.schedule.service.TenantWork;
import io.crmkit.schedule.service.WorkPage;
import io.crmkit.segment.eval.FactsLayout;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.UserId;
import io.crmkit.storage.StorageTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reclassifying every customer of a tenant as of one instant, one page of customers (newest
 * first, keyset) at a time in the caller's transaction, with their facts read in one batch per
 * kind: what {@link ClassificationService#reclassifyAll()} loops over and what the
 * reclassification job ({@link ReclassificationJob}) runs page by page with a resumable cursor.
 * A customer whose tags already match the plan is not written, audited or announced.
 *
 * <p>Not thread-safe; one run uses it from one thread.
 */
final class TenantReclassification implements TenantWork {
    private final Reclassifier reclassifier;
    private final CompiledPlan plan;
    private final FactsLayout layout;
    private final UserId actor;
    private final Instant now;
    private long customers;
    private long changed;
    private final Map<String, Long> transitions = new TreeMap<>();

    TenantReclassification(Reclassifier reclassifier, CompiledPlan plan, UserId actor, Instant now) {
        this.reclassifier = reclassifier;
        this.plan = plan;
        this.layout = reclassifier.plan().layout();
        this.actor = actor;
        this.now = now;
    }

    @Override
    public WorkPage page(StorageTransaction tx, Optional<String> after, int size) {
        Page<Customer> page = tx.port(Customers.class).search(CustomerQuery.all(), Visibility.wholeTenant(), new PageRequest(size, after));
        List<Customer> items = page.items();
        PageFacts facts = new PageFacts(tx, items, layout);
        for (int i = 0; i < items.size(); i++) {
            Customer c = items.get(i);
            List<ClassificationChange> changes = reclassifier.apply(tx, c.id(), facts.tags(c.id()),
                    plan.assign(facts.of(i)), actor, now);
            customers++;
            if (!changes.isEmpty()) {
                changed++;
            }
            changes.forEach(ch -> transitions.merge(ch.dimension() + ": " + ch.from().orElse("-") + " -> "
                    + ch.to().orElse("-"), 1L, Long::sum));
        }
        return new WorkPage(items.size(), page.next());
    }

    @Override
    public Optional<String> skip(StorageTransaction tx, Optional<String> after) {
        return tx.port(Customers.class).search(CustomerQuery.all(), Visibility.wholeTenant(), new PageRequest(1, after)).next();
    }

    /** The counts of the pages done so far, as a report of a whole run that took {@code took}. */
    ReclassificationReport report(Duration took) {
        return new ReclassificationReport(customers, changed, transitions, took);
    }
}
