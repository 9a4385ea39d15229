package io.crmkit.classification.service;

import io.crmkit.access.Action;
import io.crmkit.access.Visibility;
import io.crmkit.classification.ClassificationChange;
import io.crmkit.classification.CompiledPlan;
import io.crmkit.classification.ReclassificationReport;
import io.crmkit.classification.RfmBoundaries;
import io.crmkit.classification.RfmSample;
import io.crmkit.classification.ValueAssessment;
import io.crmkit.classification.internal.Reclassifier;
import io.crmkit.config.ScoringMethod;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.Customers;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.purchase.Purchases;
import io.crmkit.segment.eval.FactsLayout;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.tag.CustomerTags;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the configured classifications and value assessment. Customers are reclassified
 * automatically when a purchase is recorded, corrected or cancelled, their profile is edited or
 * their tags change; this service does it on demand for one customer and, as a batch, for a
 * whole tenant: page by page, one transaction per page, so memory stays constant however many
 * customers there are.
 */
public final class ClassificationService {
    private static final Logger LOG = LoggerFactory.getLogger(ClassificationService.class);
    private static final String CUSTOMER = Customer.ENTITY_TYPE;
    private static final int PAGE = 500;

    private final SessionContext ctx;
    private final ChangePath path;
    private final Reclassifier reclassifier;

    /**
     * Creates the service for a session ({@code CrmSession.classification()} does this).
     *
     * @param ctx the session
     * @param reclassifier the deployment's reclassifier
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public ClassificationService(SessionContext ctx, Reclassifier reclassifier) {
        this.ctx = ctx;
        this.path = new ChangePath(ctx);
        this.reclassifier = reclassifier;
    }

    /**
     * Reclassifies one customer now.
     *
     * @param id the customer
     * @return the tags changed
     * @throws NotFoundException if the tenant has no such customer
     * @throws AccessDeniedException if the user may not edit it
     */
    public List<ClassificationChange> reclassify(CustomerId id) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Customer c = path.customer(tx, id, Action.EDIT);
            return reclassifier.reclassify(tx, c, ctx.principal().user(), ctx.now());
        });
    }

    /**
     * A customer's value score and group as of now (with the RFM method, against the quintiles
     * of the tenant's customers, which are sampled for the purpose).
     *
     * @param id the customer
     * @return the assessment, or empty when no value assessment is configured
     * @throws NotFoundException if the tenant has no such customer
     */
    public Optional<ValueAssessment> assess(CustomerId id) {
        Optional<RfmBoundaries> rfm = rfmBoundaries(reclassifier.compile(ctx.now(), Optional.empty()));
        CompiledPlan plan = reclassifier.compile(ctx.now(), rfm);
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Customer c = path.customer(tx, id, Action.VIEW);
            return plan.assess(layout().facts(c, tx.port(CustomerTags.class).of(id), tx.port(Purchases.class).ofCustomer(id),
                    tx.port(Customers.class).lastContact(id)));
        });
    }

    /**
     * Reclassifies every customer of the tenant (administrators only). Streams the customers
     * page by page, one transaction per page; a failure leaves the pages before it done.
     *
     * @return how many customers were looked at and changed, and the moves per dimension
     * @throws AccessDeniedException if the user is not an administrator
     */
    public ReclassificationReport reclassifyAll() {
        ctx.policy().requireAdministrator(ctx.principal(), "reclassify tenant " + ctx.tenant(),
                "only an administrator may reclassify a whole tenant");
        // Elapsed run time, not domain time: measured with the monotonic clock, not the injected one.
        long started = System.nanoTime();
        TenantReclassification batch = batch();
        Optional<String> cursor = Optional.empty();
        do {
            PageRequest request = new PageRequest(PAGE, cursor);
            cursor = ctx.storage().inTransaction(ctx.tenant(), tx -> batch.page(tx, request.after(), request.size()).next());
        } while (cursor.isPresent());
        ReclassificationReport report = batch.report(Duration.ofNanos(System.nanoTime() - started));
        LOG.info("reclassified {} customers of tenant {} ({} changed) in {}", report.customers(), ctx.tenant(),
                report.changed(), report.took());
        return report;
    }

    /**
     * A reclassification of the whole tenant as of now, by the session's user, to be done page by
     * page in the caller's transactions: RFM inputs sampled (when the method needs them) and the
     * plan compiled once, here. The batch of {@link #reclassifyAll()} and of the scheduled job.
     */
    TenantReclassification batch() {
        Instant now = ctx.now();
        Optional<RfmBoundaries> rfm = rfmBoundaries(reclassifier.compile(now, Optional.empty()));
        return new TenantReclassification(reclassifier, reclassifier.compile(now, rfm), ctx.principal().user(), now);
    }

    /** Samples the tenant's RFM inputs when the method needs them; empty otherwise. */
    private Optional<RfmBoundaries> rfmBoundaries(CompiledPlan plan) {
        if (ctx.configuration().valueAssessment().map(v -> v.method() != ScoringMethod.RFM_QUINTILES).orElse(true)) {
            return Optional.empty();
        }
        RfmSample sample = new RfmSample(10_000, 42);
        forEachPage((tx, page, facts) -> {
            for (int i = 0; i < page.size(); i++) {
                plan.rfmInputs(facts.of(i)).ifPresent(sample::add);
            }
        });
        return Optional.of(sample.boundaries());
    }

    /** Runs work on each page of the tenant's customers, with their facts read in one batch per kind. */
    private void forEachPage(PageWork work) {
        Optional<String> cursor = Optional.empty();
        do {
            PageRequest request = new PageRequest(PAGE, cursor);
            cursor = ctx.storage().inTransaction(ctx.tenant(), tx -> {
                Page<Customer> page = tx.port(Customers.class).search(CustomerQuery.all(), Visibility.wholeTenant(), request);
                work.run(tx, page.items(), new PageFacts(tx, page.items(), layout()));
                return page.next();
            });
        } while (cursor.isPresent());
    }

    private FactsLayout layout() {
        return reclassifier.plan().layout();
    }

    /** Work on one page of customers inside its transaction. */
    @FunctionalInterface
    private interface PageWork {
        void run(StorageTransaction tx, List<Customer> page, PageFacts facts);
    }
}
