package io.crmkit.plan.service;

import io.crmkit.access.Action;
import io.crmkit.access.OrgDirectory;
import io.crmkit.access.ProtectedResource;
import io.crmkit.access.Visibility;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Customer;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.outbox.Outbox;
import io.crmkit.plan.InteractionPlan;
import io.crmkit.plan.InteractionPlanId;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.plan.PlanAction;
import io.crmkit.plan.PlanMemberResult;
import io.crmkit.plan.PlanProgress;
import io.crmkit.plan.PlanSchedule;
import io.crmkit.plan.SavePlan;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.segment.service.SegmentService;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TextRules;
import io.crmkit.shared.Violation;
import io.crmkit.storage.StorageTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interaction plans of one tenant and acting user. Obtain it from {@code CrmSession.interactionPlans()}.
 *
 * <p>A NOTIFY plan puts, per member, a notification for the customer's owner in the outbox
 * ({@link io.crmkit.notify.NotificationTemplates#PLAN_NOTICE} on the plan's channel, in the
 * owner's locale), scheduled for the member's not-before time and referenced
 * {@code interaction_plan:<planId>}; the outbox dispatcher delivers it through the host's sender.
 *
 * <pre>{@code
 * InteractionPlanId plan = session.interactionPlans().create(new SavePlan("Spring visit", "Offer the spring
 *         maintenance check", Channel.IN_APP, segmentId, PlanSchedule.startingAt(start), PlanAction.NOTIFY));
 * PlanProgress progress = session.interactionPlans().run(plan);
 * }</pre>
 *
 * <p>Anyone who may create records saves plans and owns them; the owner or an administrator
 * changes, deletes and runs them; anyone who may view customers reads them, their progress and
 * results. Every change is audited on the plan.
 *
 * <p>Running evaluates the segment now and handles its members page by page, each page in one
 * transaction that records a result per member together with what was done (the outbox
 * notification, the task). A run that stops half-way — a crash, a failing page — keeps every
 * page it finished; running again handles exactly the members without a result, so no member is
 * ever notified or given a task twice. Two runs of one plan at once are safe too: a member
 * handled by both fails the second one's page with a {@link ConflictException} (that page
 * rolls back) because storage keeps one result per plan and customer.
 */
public final class InteractionPlanService {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionPlanService.class);
    static final String PLAN = InteractionPlan.ENTITY_TYPE;
    private static final int RUN_PAGE = 200;

    private final SessionContext ctx;
    private final ChangePath path;
    private final SegmentService segments;
    private final OrgDirectory directory;
    private final PlanTaskCreator taskCreator;

    /**
     * Creates the service for a session ({@code CrmSession.interactionPlans()} does this).
     *
     * @param ctx the session
     * @param segments the session's segment service (binds the plan's saved segment)
     * @param directory the host's directory (the locale of each notice's recipient)
     * @param taskCreator creates the follow-up task of a CREATE_TASK plan for a member
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public InteractionPlanService(SessionContext ctx, SegmentService segments, OrgDirectory directory,
                                  PlanTaskCreator taskCreator) {
        this.ctx = ctx;
        this.path = new ChangePath(ctx);
        this.segments = segments;
        this.directory = directory;
        this.taskCreator = taskCreator;
    }

    /**
     * Saves a plan owned by the acting user.
     *
     * @param command the plan
     * @return its id
     * @throws io.crmkit.shared.ValidationException listing every problem
     * @throws NotFoundException if the segment is not one the user sees
     * @throws io.crmkit.shared.AccessDeniedException if the user may not create records
     */
    public InteractionPlanId create(SavePlan command) {
        path.authorise(Action.CREATE, ProtectedResource.newOf(PLAN));
        validate(command);
        Instant now = ctx.now();
        InteractionPlan plan = new InteractionPlan(new InteractionPlanId(ctx.ids().next()), command.name().strip(),
                command.content(), command.channel(), command.segmentId(), command.schedule(), command.action(),
                ctx.principal().user(), now, now, 1);
        ctx.storage().inTransaction(ctx.tenant(), tx -> {
            tx.port(InteractionPlans.class).insert(plan);
            audit(tx, plan, "plan.created", Optional.empty(), Optional.of(describe(plan)));
            return null;
        });
        return plan.id();
    }

    /**
     * Replaces a plan's content (owner or administrator); its results are kept, so members already
     * handled are not handled again.
     *
     * @param id the plan
     * @param expectedVersion the version the change is based on
     * @param command the new content
     * @return the plan as saved
     * @throws io.crmkit.shared.ValidationException listing every problem
     * @throws NotFoundException if there is no such plan, or the segment is not one the user sees
     * @throws ConflictException if it changed since {@code expectedVersion}
     * @throws io.crmkit.shared.AccessDeniedException unless the user owns it or is an administrator
     */
    public InteractionPlan update(InteractionPlanId id, long expectedVersion, SavePlan command) {
        validate(command);
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            InteractionPlan current = loadForChange(tx, id);
            ChangePath.checkVersion(PLAN, id, expectedVersion, current.version());
            InteractionPlan next = new InteractionPlan(id, command.name().strip(), command.content(), command.channel(),
                    command.segmentId(), command.schedule(), command.action(), current.owner(), current.createdAt(),
                    ctx.now(), current.version() + 1);
            tx.port(InteractionPlans.class).update(next, expectedVersion);
            audit(tx, next, "plan.changed", Optional.of(describe(current)), Optional.of(describe(next)));
            return next;
        });
    }

    /**
     * Deletes a plan with its results (owner or administrator). Its notices still pending in the
     * outbox are cancelled; tasks it made stay.
     *
     * @param id the plan
     * @throws NotFoundException if there is no such plan
     * @throws io.crmkit.shared.AccessDeniedException unless the user owns it or is an administrator
     */
    public void delete(InteractionPlanId id) {
        ctx.storage().inTransaction(ctx.tenant(), tx -> {
            InteractionPlan current = loadForChange(tx, id);
            tx.port(InteractionPlans.class).delete(id);
            tx.port(Outbox.class).cancelPending(PlanRun.reference(id));
            audit(tx, current, "plan.deleted", Optional.of(describe(current)), Optional.empty());
            return null;
        });
    }

    /**
     * Reads a plan.
     *
     * @param id the plan
     * @return it
     * @throws NotFoundException if there is no such plan
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view customers
     */
    public InteractionPlan get(InteractionPlanId id) {
        requireView();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> load(tx, id));
    }

    /**
     * Every plan of the tenant.
     *
     * @return the plans by name
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view customers
     */
    public List<InteractionPlan> list() {
        requireView();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(InteractionPlans.class).all());
    }

    /**
     * Runs a plan: handles every member of its segment that has no result yet, a page of 200
     * members per transaction.
     *
     * @param id the plan
     * @return the progress after the run
     * @throws NotFoundException if there is no such plan, or its segment is gone or not visible
     * @throws InvalidStateException if the plan's start time has not come
     * @throws io.crmkit.shared.AccessDeniedException unless the user owns it or is an administrator
     * @throws ConflictException if another run of the plan handled a member of the same page first
     */
    public PlanProgress run(InteractionPlanId id) {
        return run(id, RUN_PAGE);
    }

    /**
     * Runs a plan with another page size (each page is one transaction).
     *
     * @param id the plan
     * @param pageSize members per transaction, 1 to {@link PageRequest#MAX_SIZE}
     * @return the progress after the run
     * @throws NotFoundException if there is no such plan, or its segment is gone or not visible
     * @throws InvalidStateException if the plan's start time has not come
     * @throws io.crmkit.shared.AccessDeniedException unless the user owns it or is an administrator
     * @throws ConflictException if another run of the plan handled a member of the same page first
     */
    public PlanProgress run(InteractionPlanId id, int pageSize) {
        Instant started = ctx.now();
        InteractionPlan plan = ctx.storage().inTransaction(ctx.tenant(), tx -> loadForChange(tx, id));
        if (started.isBefore(plan.schedule().startAt())) {
            throw new InvalidStateException("plan " + id + " starts at " + plan.schedule().startAt()
                    + "; it cannot run before");
        }
        BoundRule rule = segments.bind(plan.segmentId());
        PlanRun run = new PlanRun(ctx, plan, directory, taskCreator);
        // Resolved once, so that every page of the run applies the same scope and shares.
        Visibility visibility = path.visibility(Action.VIEW);
        long members = ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(SegmentMembers.class).count(rule, visibility));
        Optional<String> cursor = Optional.empty();
        do {
            PageRequest page = new PageRequest(pageSize, cursor);
            cursor = ctx.storage().inTransaction(ctx.tenant(), tx -> run.page(tx, rule, visibility, page));
        } while (cursor.isPresent());
        ctx.storage().inTransaction(ctx.tenant(), tx -> {
            tx.port(InteractionPlans.class).recordRun(id, started, members);
            return null;
        });
        LOG.debug("plan {} ran in tenant {} over {} members", id, ctx.tenant(), members);
        return progress(id);
    }

    /**
     * A plan's progress: members handled per outcome and its last completed run.
     *
     * @param id the plan
     * @return the progress
     * @throws NotFoundException if there is no such plan
     */
    public PlanProgress progress(InteractionPlanId id) {
        requireView();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            load(tx, id);
            return new PlanProgress(id, tx.port(InteractionPlans.class).counts(id), tx.port(InteractionPlans.class).lastRun(id));
        });
    }

    /**
     * A plan's per-member results, in customer id order.
     *
     * @param id the plan
     * @param page page size and the previous page's cursor
     * @return the page
     * @throws NotFoundException if there is no such plan
     * @throws io.crmkit.shared.ValidationException if the cursor is not one this listing made
     */
    public Page<PlanMemberResult> results(InteractionPlanId id, PageRequest page) {
        requireView();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            load(tx, id);
            return tx.port(InteractionPlans.class).results(id, page);
        });
    }

    private void validate(SavePlan command) {
        List<Violation> violations = ctx.annotationViolations(command);
        if (violations.isEmpty()) {
            TextRules.check("name", command.name()).ifPresent(violations::add);
            TextRules.check("content", command.content()).ifPresent(violations::add);
            command.schedule().gapAfterLastContact()
                    .filter(gap -> gap.isNegative() || gap.compareTo(PlanSchedule.MAX_GAP) > 0)
                    .ifPresent(gap -> violations.add(Violation.of("schedule.gapAfterLastContact",
                            "plan.gap.range", "max", PlanSchedule.MAX_GAP.toDays())));
            // A task plan's channel is the follow-up method of its tasks (phone, visit, email…).
            List<String> methods = ctx.configuration().followUp().methods();
            if (command.action() == PlanAction.CREATE_TASK && !methods.contains(command.channel().name())) {
                violations.add(Violation.of("channel", "followup.method.unknown", "allowed", String.join(", ", methods)));
            }
            // Refused now: saved, it would fail for every member when it runs.
            int taskMax = taskCreator.maxContentLength();
            if (command.action() == PlanAction.CREATE_TASK && command.content().length() > taskMax) {
                violations.add(Violation.of("content", "size.max", "max", taskMax));
            }
        }
        ctx.throwIfAny(violations);
        // Throws NotFoundException unless the user sees the segment.
        segments.get(command.segmentId());
    }

    private InteractionPlan load(StorageTransaction tx, InteractionPlanId id) {
        return path.found(tx.port(InteractionPlans.class).find(id), PLAN, id);
    }

    private InteractionPlan loadForChange(StorageTransaction tx, InteractionPlanId id) {
        InteractionPlan plan = load(tx, id);
        path.authorise(Action.EDIT, ProtectedResource.of(PLAN, id.toString(), plan.owner()));
        return plan;
    }

    private void requireView() {
        path.authorise(Action.VIEW, ProtectedResource.newOf(Customer.ENTITY_TYPE));
    }

    private void audit(StorageTransaction tx, InteractionPlan plan, String action, Optional<String> before,
                       Optional<String> after) {
        path.audit(tx, PLAN, plan.id().toString(), action, ctx.now(), List.of(new FieldChange("plan", before, after)));
    }

    private static String describe(InteractionPlan p) {
        return p.name() + ": " + p.action() + " via " + p.channel().name() + " to segment " + p.segmentId() + " from "
                + p.schedule().startAt() + p.schedule().gapAfterLastContact().map(g -> ", " + g + " after last contact")
                .orElse("") + ": " + p.content();
    }

}
