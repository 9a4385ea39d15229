package io.crmkit.followup.service;

import io.crmkit.access.Action;
import io.crmkit.access.OrgDirectory;
import io.crmkit.access.ProtectedResource;
import io.crmkit.access.TeamId;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.CancelFollowUp;
import io.crmkit.followup.ChangeFollowUp;
import io.crmkit.followup.CompleteFollowUp;
import io.crmkit.followup.Completed;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpEvent;
import io.crmkit.followup.FollowUpId;
import io.crmkit.followup.FollowUpQuery;
import io.crmkit.followup.FollowUpResult;
import io.crmkit.followup.FollowUpStatus;
import io.crmkit.followup.FollowUps;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.followup.NextStep;
import io.crmkit.followup.ReassignFollowUp;
import io.crmkit.followup.RescheduleFollowUp;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.internal.validation.VersionRules;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.UserId;
import io.crmkit.shared.Violation;
import io.crmkit.storage.StorageTransaction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Follow-up tasks: create, reassign, reschedule, change, complete with a result (optionally
 * creating the next task), cancel, read and list. Every change is versioned (a stale version
 * is a {@link ConflictException}), audited under entity type {@value #TYPE}, emits a
 * {@link FollowUpEvent} and replaces the task's scheduled reminders, due notice and escalation
 * in the outbox, all in one transaction.
 *
 * <p>Access, decided by the one {@link io.crmkit.access.AccessPolicy}: a task is changed by its
 * assignee, the customer's owner or an administrator (with a role granting EDIT); it is seen by
 * whoever may view its customer. Creating a task for someone else needs the right to reassign
 * the customer (its owner or an administrator).
 */
public final class FollowUpService {
    /** The audit trail's entity type of tasks. */
    public static final String TYPE = FollowUp.ENTITY_TYPE;
    private static final String CUSTOMER = Customer.ENTITY_TYPE;

    private final SessionContext ctx;
    private final ChangePath path;
    private final OrgDirectory directory;
    private final FollowUpInputRules rules;
    private final FollowUpWrites writes;

    /**
     * Creates the service for a session ({@code CrmSession.followUps()} does this).
     *
     * @param ctx the session
     * @param directory the host's organisation chart (managers and teams)
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public FollowUpService(SessionContext ctx, OrgDirectory directory) {
        this.ctx = ctx;
        this.path = new ChangePath(ctx);
        this.directory = directory;
        this.rules = new FollowUpInputRules(ctx.configuration().followUp());
        this.writes = new FollowUpWrites(ctx, directory);
    }

    /**
     * Creates an open task; the acting user is the assignee unless the command names another.
     *
     * @param command the task
     * @return the task as stored
     * @throws io.crmkit.shared.ValidationException listing every problem; nothing is stored
     * @throws NotFoundException if the customer does not exist
     * @throws io.crmkit.shared.AccessDeniedException if the user may not create tasks, view the
     *     customer, or (for another assignee) reassign the customer
     */
    public FollowUp create(NewFollowUp command) {
        path.authorise(Action.CREATE, ProtectedResource.newOf(TYPE));
        ctx.throwIfAny(rules.newTask(command, ctx.annotationViolations(command)));
        UserId actor = ctx.principal().user();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Customer customer = path.customer(tx, command.customerId(), Action.VIEW);
            UserId assignee = command.assignee().orElse(actor);
            if (!assignee.equals(actor)) {
                path.authoriseOn(tx, customer, Action.REASSIGN);
            }
            command.contactId().filter(c -> customer.contacts().stream().noneMatch(k -> k.id().equals(c)))
                    .ifPresent(c -> ctx.throwIfAny(List.of(Violation.of("contactId", "followup.contact.unknown"))));
            return writes.create(tx, new FollowUpId(ctx.ids().next()), command, customer, assignee, actor);
        });
    }

    /**
     * Creates a task in the caller's transaction, for an interaction plan's run (the plan
     * service has checked that the user may run the plan; the task goes to the member's owner).
     *
     * @param tx the run's transaction
     * @param command the task, with its assignee
     * @param customer the task's customer, as the run read it in {@code tx}
     * @return the task as stored
     * @throws io.crmkit.shared.ValidationException before writing anything, if the task is invalid
     */
    FollowUp createForPlan(StorageTransaction tx, NewFollowUp command, Customer customer) {
        ctx.throwIfAny(rules.newTask(command, ctx.annotationViolations(command)));
        return writes.create(tx, new FollowUpId(ctx.ids().next()), command, customer,
                command.assignee().orElse(ctx.principal().user()), ctx.principal().user());
    }

    /**
     * Hands an open task to another assignee: its own audited operation, keeping the reason;
     * pending reminders go to the new assignee, the escalation to their manager.
     *
     * @param command the task, version, new assignee and reason
     * @return the task as stored now
     */
    public FollowUp reassign(ReassignFollowUp command) {
        List<Violation> violations = ctx.annotationViolations(command);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        command.reason().ifPresent(r -> FollowUpInputRules.text("reason", r, violations));
        ctx.throwIfAny(violations);
        List<FieldChange> noted = command.reason().map(r -> List.of(new FieldChange("reason", Optional.empty(),
                Optional.of(r)))).orElse(List.of());
        return change(command.id(), command.expectedVersion(), "followup.reassigned", noted, current -> {
            if (current.assignee().equals(command.newAssignee())) {
                ctx.throwIfAny(List.of(Violation.of("newAssignee", "followup.assignee.same")));
            }
            return current.toBuilder().assignee(command.newAssignee()).next(ctx.now());
        }, (before, after) -> new FollowUpEvent.FollowUpReassigned(after.id(), after.customerId(), before.assignee(),
                after.assignee(), after.updatedAt()));
    }

    /**
     * Moves an open task to another time; its pending notices move with it (those that would
     * now be in the past are dropped).
     *
     * @param command the task, version and new time
     * @return the task as stored now
     */
    public FollowUp reschedule(RescheduleFollowUp command) {
        List<Violation> violations = ctx.annotationViolations(command);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        ctx.throwIfAny(violations);
        return change(command.id(), command.expectedVersion(), "followup.rescheduled", List.of(),
                current -> current.toBuilder().plannedAt(FollowUpInputRules.micros(command.plannedAt())).next(ctx.now()),
                (before, after) -> new FollowUpEvent.FollowUpRescheduled(after.id(), after.customerId(),
                        before.plannedAt(), after.plannedAt(), after.updatedAt()));
    }

    /**
     * Changes an open task's content, method, priority and reminder rules.
     *
     * @param command the task, version and new values
     * @return the task as stored now
     */
    public FollowUp change(ChangeFollowUp command) {
        List<Violation> violations = ctx.annotationViolations(command);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        FollowUpInputRules.text("content", command.content(), violations);
        rules.method(command.method(), violations);
        rules.priority(command.priority(), violations);
        rules.reminders(command.reminders(), violations);
        ctx.throwIfAny(violations);
        return change(command.id(), command.expectedVersion(), "followup.changed", List.of(),
                current -> current.toBuilder().method(command.method()).content(command.content())
                        .priority(command.priority()).reminders(command.reminders()).next(ctx.now()),
                (before, after) -> new FollowUpEvent.FollowUpChanged(after.id(), after.customerId(), after.updatedAt()));
    }

    /**
     * Records an open task's result and marks it done; its pending notices are cancelled. With
     * {@link CompleteFollowUp#createNextTask()}, the next step becomes a new open task in the
     * same transaction.
     *
     * @param command the task, version and result
     * @return the done task and the next one, if created
     */
    public Completed complete(CompleteFollowUp command) {
        List<Violation> violations = ctx.annotationViolations(command);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        rules.result(command.result(), command.createNextTask(), ctx.now(), violations);
        ctx.throwIfAny(violations);
        FollowUpResult result = FollowUpInputRules.normalised(command.result());
        Optional<FollowUpId> nextId = command.createNextTask() ? Optional.of(new FollowUpId(ctx.ids().next()))
                : Optional.empty();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Optional<FollowUp> next = Optional.empty();
            FollowUp current = load(tx, command.id());
            // Read once: the access check and the next task use the same customer.
            Customer customer = customerForChange(tx, current);
            FollowUp done = writes.change(tx, current, customer, command.expectedVersion(), "followup.completed",
                    List.of(), c -> c.toBuilder().done(result).next(ctx.now()),
                    (before, after) -> new FollowUpEvent.FollowUpCompleted(after.id(), after.customerId(),
                            result.actualAt(), nextId.map(FollowUpId::toString).orElse(""), after.updatedAt()));
            if (nextId.isPresent()) {
                NextStep step = result.nextStep().orElseThrow();
                NewFollowUp following = new NewFollowUp(done.customerId(), done.contactId(), done.opportunityId(),
                        done.method(), step.description(), step.plannedAt(), Optional.of(done.assignee()),
                        Optional.of(done.priority()), done.reminders());
                next = Optional.of(writes.create(tx, nextId.get(), following, customer, done.assignee(),
                        ctx.principal().user()));
            }
            return new Completed(done, next);
        });
    }

    /**
     * Cancels an open task; its pending notices are cancelled. Cancelling a cancelled task
     * changes nothing.
     *
     * @param command the task, version and reason
     * @return the task as stored now
     */
    public FollowUp cancel(CancelFollowUp command) {
        List<Violation> violations = ctx.annotationViolations(command);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        FollowUpInputRules.text("reason", command.reason(), violations);
        ctx.throwIfAny(violations);
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            FollowUp current = load(tx, command.id());
            if (current.status() == FollowUpStatus.CANCELLED) {
                requireView(tx, current);
                return current;
            }
            return writes.change(tx, current, customerForChange(tx, current), command.expectedVersion(),
                    "followup.cancelled", List.of(), c -> c.toBuilder().cancelled(command.reason()).next(ctx.now()),
                    (before, after) -> new FollowUpEvent.FollowUpCancelled(after.id(), after.customerId(),
                            after.updatedAt()));
        });
    }

    /**
     * Reads one task.
     *
     * @param id the task
     * @return the task
     * @throws NotFoundException if the tenant has no such task
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view its customer
     */
    public FollowUp get(FollowUpId id) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            FollowUp f = load(tx, id);
            requireView(tx, f);
            return f;
        });
    }

    /**
     * A task's change history, newest first.
     *
     * @param id the task
     * @param page page size and cursor
     * @return the page
     */
    public Page<AuditEntry> history(FollowUpId id, PageRequest page) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            requireView(tx, load(tx, id));
            return tx.port(AuditTrail.class).history(TYPE, id.toString(), page);
        });
    }

    /**
     * The acting user's open tasks, by planned time.
     *
     * @param page page size and cursor
     * @return the page
     */
    public Page<FollowUp> myOpenTasks(PageRequest page) {
        return list(FollowUpQuery.openOf(ctx.principal().user()), page);
    }

    /**
     * The overdue tasks (open, planned before now) of a team's members, by planned time.
     *
     * @param team the team, as the host's {@link OrgDirectory} knows it
     * @param page page size and cursor
     * @return the page; empty for a team without members
     * @throws NotFoundException if the directory knows no such team
     * @throws IllegalArgumentException if the team has more than {@value FollowUpQuery#MAX_ASSIGNEES} members
     */
    public Page<FollowUp> overdueOfTeam(TeamId team, PageRequest page) {
        Set<UserId> members = directory.membersOf(ctx.tenant(), team)
                .orElseThrow(() -> new NotFoundException("team", team.value()));
        if (members.isEmpty()) {
            path.authorise(Action.VIEW, ProtectedResource.newOf(TYPE));
            return new Page<>(List.of(), Optional.empty());
        }
        if (members.size() > FollowUpQuery.MAX_ASSIGNEES) {
            throw new IllegalArgumentException("team " + team.value() + " has " + members.size() + " members; overdueOfTeam"
                    + " lists the tasks of at most " + FollowUpQuery.MAX_ASSIGNEES + " (split the team in the OrgDirectory)");
        }
        return list(FollowUpQuery.overdue(members, ctx.now()), page);
    }

    /**
     * A customer's tasks in every status, by planned time.
     *
     * @param customer the customer
     * @param page page size and cursor
     * @return the page
     * @throws NotFoundException if the customer does not exist
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view it
     */
    public Page<FollowUp> ofCustomer(CustomerId customer, PageRequest page) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            path.customer(tx, customer, Action.VIEW);
            return tx.port(FollowUps.class).search(FollowUpQuery.ofCustomer(customer), page);
        });
    }

    /**
     * A customer's open tasks, by planned time (overdue ones first): the list the customer view
     * starts ({@code OpenTasks}), continued with its page's cursor.
     *
     * @param customer the customer
     * @param page page size and cursor
     * @return the page
     * @throws NotFoundException if the customer does not exist
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view it
     */
    public Page<FollowUp> openOfCustomer(CustomerId customer, PageRequest page) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            path.customer(tx, customer, Action.VIEW);
            return tx.port(FollowUps.class).search(FollowUpQuery.openOfCustomer(customer), page);
        });
    }

    private Page<FollowUp> list(FollowUpQuery query, PageRequest page) {
        path.authorise(Action.VIEW, ProtectedResource.newOf(TYPE));
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(FollowUps.class).search(query, page));
    }

    // ---- loading and access; FollowUpWrites stores ----

    private FollowUp change(FollowUpId id, long expectedVersion, String action, List<FieldChange> noted,
                            UnaryOperator<FollowUp> transition, FollowUpWrites.Events events) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> changeIn(tx, id, expectedVersion, action, noted,
                transition, events));
    }

    /** Access comes before the version check: a user who may not change the task learns that, not its version. */
    private FollowUp changeIn(StorageTransaction tx, FollowUpId id, long expectedVersion, String action,
                              List<FieldChange> noted, UnaryOperator<FollowUp> transition, FollowUpWrites.Events events) {
        FollowUp current = load(tx, id);
        return writes.change(tx, current, customerForChange(tx, current), expectedVersion, action, noted, transition,
                events);
    }

    /**
     * The task's customer, once the user is found to be one who may change the task: the
     * assignee, the customer's owner or an administrator.
     */
    private Customer customerForChange(StorageTransaction tx, FollowUp task) {
        Customer customer = path.customer(tx, task.customerId());
        ProtectedResource asTask = ProtectedResource.of(TYPE, task.id().toString(), task.assignee());
        if (!path.mayEdit(tx, customer)) {
            path.authorise(Action.EDIT, asTask);
        }
        return customer;
    }

    private void requireView(StorageTransaction tx, FollowUp task) {
        path.customer(tx, task.customerId(), Action.VIEW);
    }

    private FollowUp load(StorageTransaction tx, FollowUpId id) {
        return path.found(tx.port(FollowUps.class).find(id), TYPE, id);
    }
}
