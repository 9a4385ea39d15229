package io.crmkit.customer.service;

import io.crmkit.access.Action;
import io.crmkit.access.ProtectedResource;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.audit.FieldChange;
import io.crmkit.config.LifecycleGuard;
import io.crmkit.config.LifecycleSettings;
import io.crmkit.customer.AddContact;
import io.crmkit.customer.ChangeLifecycleStatus;
import io.crmkit.customer.Contact;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerEvent;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerView;
import io.crmkit.customer.CustomerViewPart;
import io.crmkit.customer.Customers;
import io.crmkit.customer.NewCustomer;
import io.crmkit.customer.ReassignOwner;
import io.crmkit.customer.RemoveContact;
import io.crmkit.customer.UpdateContact;
import io.crmkit.customer.UpdateCustomer;
import io.crmkit.customer.WonDeals;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.CustomerChangeHook;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.internal.validation.VersionRules;
import io.crmkit.shared.IllegalTransitionException;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.UserId;
import io.crmkit.shared.Violation;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.view.service.CustomerViewSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Customers and their contacts, for one tenant and one acting user. Obtain it from
 * {@code CrmSession.customers()}.
 *
 * <p>Every method checks access first, then validates its command (reporting every problem
 * at once in a {@link io.crmkit.shared.ValidationException}), then applies the change and
 * stores it with its audit entry and outbox events in one transaction: all or nothing.
 * Changes carry the version they are based on; a stale version is a
 * {@link io.crmkit.shared.ConflictException} and nothing is written.
 */
public final class CustomerService {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerService.class);
    private static final String TYPE = Customer.ENTITY_TYPE;
    private static final int VIEW_HISTORY_SIZE = 20;

    private final SessionContext ctx;
    private final ChangePath path;
    private final CustomerInputRules rules;
    private final CustomerChangeHook afterChange;
    private final WonDeals wonDeals;
    private final List<CustomerViewSource> viewSources;

    /**
     * Creates the service for a session.
     *
     * @param context the session's tenant, principal and components
     * @param afterChange what other features do after a customer changes (classification reclassifies it)
     * @param wonDeals answers the lifecycle guard {@code wonDealOrAdministrator}
     * @param viewSources the features' parts of the customer view, in the order the view lists them
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public CustomerService(SessionContext context, CustomerChangeHook afterChange, WonDeals wonDeals,
                           List<CustomerViewSource> viewSources) {
        this.ctx = context;
        this.path = new ChangePath(context);
        this.afterChange = afterChange;
        this.wonDeals = wonDeals;
        this.viewSources = List.copyOf(viewSources);
        this.rules = new CustomerInputRules(context.configuration());
    }

    /**
     * Creates a customer with its contacts. The acting user becomes the owner unless the
     * command names another (administrators only); the status is the configured initial one.
     *
     * @param command the new customer
     * @return the new customer's id
     * @throws io.crmkit.shared.ValidationException listing every problem; nothing is stored
     * @throws io.crmkit.shared.AccessDeniedException if the user may not create customers
     */
    public CustomerId create(NewCustomer command) {
        path.authorise(Action.CREATE, ProtectedResource.newOf(TYPE));
        List<Violation> violations = ctx.annotationViolations(command);
        rules.checkDetails(command.details(), "details", violations);
        List<Contact> contacts = rules.contacts(command.contacts(), ctx.ids(), violations);
        ctx.throwIfAny(violations);

        UserId actor = ctx.principal().user();
        UserId owner = command.owner().orElse(actor);
        if (!owner.equals(actor)) {
            path.authorise(Action.REASSIGN, ProtectedResource.newOf(TYPE));
        }
        Instant now = ctx.now();
        Customer customer = new Customer(new CustomerId(ctx.ids().next()), command.details(), contacts, owner,
                ctx.configuration().lifecycle().initial(), now, actor, now, 1);
        store(customer, Optional.empty(), "customer.created", CustomerChanges.created(customer),
                List.of(new CustomerEvent.CustomerCreated(customer.id(), owner, customer.lifecycleStatus(), now)));
        LOG.debug("customer {} created in tenant {}", customer.id(), ctx.tenant());
        return customer.id();
    }

    /**
     * Reads one customer.
     *
     * @param id the customer
     * @return the customer with its contacts
     * @throws NotFoundException if the tenant has no such customer, or the user's scope does
     *     not reach it and it is not shared with them
     * @throws io.crmkit.shared.AccessDeniedException if no role of the user grants viewing
     */
    public Customer get(CustomerId id) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> path.customer(tx, id, Action.VIEW));
    }

    /**
     * Reads one customer as a person looks at it, in one transaction: profile and contacts, the
     * newest page of its change history, and every feature's part (open tasks, recent
     * interactions, purchase figures). The storage calls are one per part plus two, whatever
     * the customer holds.
     *
     * @param id the customer
     * @return the view
     * @throws NotFoundException if the tenant has no such customer
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view it
     */
    public CustomerView view(CustomerId id) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            // Loaded and authorised first, so no feature's part is read for a customer the user
            // may not see; then one storage call per part, however much the customer has.
            Customer c = path.customer(tx, id, Action.VIEW);
            Page<AuditEntry> history = tx.port(AuditTrail.class).history(TYPE, id.toString(),
                    PageRequest.first(VIEW_HISTORY_SIZE));
            List<CustomerViewPart> parts = new ArrayList<>(viewSources.size());
            for (CustomerViewSource source : viewSources) {
                parts.add(source.part(tx, c, ctx.today(), ctx.configuration()));
            }
            return new CustomerView(c, history, parts);
        });
    }

    /**
     * A customer's change history, newest first.
     *
     * @param id the customer
     * @param page page size and cursor
     * @return the page
     * @throws NotFoundException if the tenant has no such customer
     */
    public Page<AuditEntry> history(CustomerId id, PageRequest page) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            path.customer(tx, id, Action.VIEW);
            return tx.port(AuditTrail.class).history(TYPE, id.toString(), page);
        });
    }

    /**
     * Records that someone contacted the customer (a call, visit, e-mail…), which rules read
     * as {@code lastContact}. The latest time is kept.
     *
     * @param id the customer
     * @param at when, not in the future
     * @throws NotFoundException if the tenant has no such customer
     * @throws io.crmkit.shared.ValidationException if {@code at} is in the future
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view the customer
     */
    public void recordContact(CustomerId id, Instant at) {
        if (at.isAfter(ctx.now())) {
            ctx.throwIfAny(List.of(Violation.of("at", "contact.future")));
        }
        Instant micros = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        ctx.storage().inTransaction(ctx.tenant(), tx -> {
            path.customer(tx, id, Action.VIEW);
            tx.port(Customers.class).recordContact(id, micros);
            return null;
        });
    }

    /**
     * When the customer was last contacted.
     *
     * @param id the customer
     * @return the latest recorded contact, or empty
     * @throws NotFoundException if the tenant has no such customer
     */
    public Optional<Instant> lastContact(CustomerId id) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            path.customer(tx, id, Action.VIEW);
            return tx.port(Customers.class).lastContact(id);
        });
    }

    /**
     * Lists the customers the user sees (their data scope and the shares with them), one
     * keyset page at a time.
     *
     * @param query filters and order
     * @param page page size and the previous page's cursor
     * @return the page
     * @throws io.crmkit.shared.ValidationException if the cursor is not one this listing made
     */
    public Page<Customer> list(CustomerQuery query, PageRequest page) {
        path.authorise(Action.VIEW, ProtectedResource.newOf(TYPE));
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(Customers.class).search(query, path.visibility(Action.VIEW), page));
    }

    /**
     * Counts the customers the user sees that match a query.
     *
     * @param query filters
     * @return the count
     */
    public long count(CustomerQuery query) {
        path.authorise(Action.VIEW, ProtectedResource.newOf(TYPE));
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(Customers.class).count(query, path.visibility(Action.VIEW)));
    }

    /**
     * Replaces a customer's profile.
     *
     * @param command the id, the version it is based on, and the new details
     * @return the customer as stored now
     * @throws io.crmkit.shared.ValidationException listing every problem
     * @throws io.crmkit.shared.ConflictException if the customer changed since that version
     * @throws io.crmkit.shared.AccessDeniedException unless the user owns it or is an administrator
     */
    public Customer update(UpdateCustomer command) {
        List<Violation> violations = ctx.annotationViolations(command);
        rules.checkDetails(command.details(), "details", violations);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        ctx.throwIfAny(violations);
        return change(command.id(), command.expectedVersion(), Action.EDIT, "customer.updated",
                current -> with(current, command.details(), current.contacts(), current.owner(), current.lifecycleStatus()),
                (before, after, changes) -> List.of(new CustomerEvent.CustomerUpdated(after.id(),
                        CustomerChanges.paths(changes), after.updatedAt())));
    }

    /**
     * Adds a contact.
     *
     * @param command the customer, version and contact
     * @return the customer as stored now
     */
    public Customer addContact(AddContact command) {
        return new ContactOperations(this, ctx, rules).add(command);
    }

    /**
     * Replaces a contact's details.
     *
     * @param command the customer, version, contact id and new details
     * @return the customer as stored now
     */
    public Customer updateContact(UpdateContact command) {
        return new ContactOperations(this, ctx, rules).update(command);
    }

    /**
     * Removes a contact (not the primary one).
     *
     * @param command the customer, version and contact id
     * @return the customer as stored now
     */
    public Customer removeContact(RemoveContact command) {
        return new ContactOperations(this, ctx, rules).remove(command);
    }

    /**
     * Hands the customer to another owner: its own audited operation, keeping the reason.
     *
     * @param command the customer, version, new owner and reason
     * @return the customer as stored now
     * @throws io.crmkit.shared.AccessDeniedException unless the user owns it or is an administrator
     */
    public Customer reassignOwner(ReassignOwner command) {
        List<Violation> violations = ctx.annotationViolations(command);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        if (command.reason() != null) {
            CustomerInputRules.text("reason", command.reason(), violations);
        }
        ctx.throwIfAny(violations);
        return change(command.customerId(), command.expectedVersion(), Action.REASSIGN, "customer.owner_changed",
                current -> {
                    if (current.owner().equals(command.newOwner())) {
                        ctx.throwIfAny(List.of(Violation.of("newOwner", "owner.same")));
                    }
                    return with(current, current.details(), current.contacts(), command.newOwner(),
                            current.lifecycleStatus());
                },
                (before, after, changes) -> {
                    changes.add(new FieldChange("reason", Optional.empty(), Optional.of(command.reason())));
                    return List.of(new CustomerEvent.OwnerChanged(after.id(), before.owner(), after.owner(),
                            after.updatedAt()));
                });
    }

    /**
     * Moves the customer to another configured lifecycle status.
     *
     * @param command the customer, version and status
     * @return the customer as stored now
     */
    public Customer changeLifecycleStatus(ChangeLifecycleStatus command) {
        List<Violation> violations = ctx.annotationViolations(command);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        LifecycleSettings lifecycle = ctx.configuration().lifecycle();
        List<String> statuses = lifecycle.statuses();
        if (command.status() != null && !statuses.contains(command.status())) {
            violations.add(Violation.of("status", "lifecycle.unknown", "allowed", String.join(", ", statuses)));
        }
        if (command.status() != null && lifecycle.guard(command.status()).reasonRequired()
                && command.reason() != null && command.reason().filter(r -> !r.isBlank()).isEmpty()) {
            violations.add(Violation.of("reason", "lifecycle.reason_required", "status", command.status()));
        }
        ctx.throwIfAny(violations);
        LifecycleGuard guard = lifecycle.guard(command.status());
        if (guard.administratorOnly()) {
            ctx.policy().requireAdministrator(ctx.principal(), "move customer " + command.customerId() + " to "
                    + command.status(), "only an administrator may enter lifecycle status '" + command.status() + "'");
        }
        boolean administrator = ctx.policy().holdsAdministrator(ctx.principal());
        return change(command.customerId(), command.expectedVersion(), Action.EDIT, "customer.lifecycle_changed",
                current -> {
                    List<String> next = lifecycle.next(current.lifecycleStatus());
                    if (!next.contains(command.status())) {
                        throw new IllegalTransitionException(current.lifecycleStatus(), command.status(), next);
                    }
                    if (guard.wonDealOrAdministrator() && !administrator
                            && !wonDeals.hasWonDeal(ctx.tenant(), current.id())) {
                        throw new InvalidStateException("customer " + current.id() + " has no won deal: entering '"
                                + command.status() + "' needs one, or an administrator");
                    }
                    return with(current, current.details(), current.contacts(), current.owner(), command.status());
                },
                command.reason().map(r -> List.of(new FieldChange("lifecycleReason", Optional.empty(), Optional.of(r))))
                        .orElse(List.of()),
                (before, after, changes) -> List.of(new CustomerEvent.LifecycleStatusChanged(after.id(),
                        before.lifecycleStatus(), after.lifecycleStatus(), after.updatedAt())));
    }

    // ---- the one path every change takes ----

    /** Computes the next state of a customer from the current one. */
    @FunctionalInterface
    interface Transition {
        Customer apply(Customer current);
    }

    /** Names the events of a change; may add audit-only changes such as a reason. */
    @FunctionalInterface
    interface Events {
        List<CustomerEvent> of(Customer before, Customer after, List<FieldChange> changes);
    }

    /**
     * Loads, checks access, applies the transition, and stores state + audit + events in one
     * transaction. The version check happens twice: here (fast, clear error) and in the
     * storage's conditional update (the one that counts under concurrency).
     */
    Customer change(CustomerId id, long expectedVersion, Action action, String auditAction,
                    Transition transition, Events events) {
        return change(id, expectedVersion, action, auditAction, transition, List.of(), events);
    }

    /** As above, with changes the diff cannot see (e.g. the reason given) recorded after the diffed ones. */
    private Customer change(CustomerId id, long expectedVersion, Action action, String auditAction,
                            Transition transition, List<FieldChange> noted, Events events) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Customer current = path.customer(tx, id, action);
            ChangePath.checkVersion(TYPE, id, expectedVersion, current.version());
            Customer next = transition.apply(current);
            List<FieldChange> changes = new ArrayList<>(CustomerChanges.between(current, next));
            changes.addAll(noted);
            List<CustomerEvent> happened = events.of(current, next, changes);
            writeChange(tx, next, Optional.of(expectedVersion), auditAction, changes, happened);
            return next;
        });
    }

    Customer with(Customer current, CustomerDetails details, List<Contact> contacts, UserId owner, String status) {
        return new Customer(current.id(), details, contacts, owner, status, current.createdAt(), current.createdBy(),
                ctx.now(), current.version() + 1);
    }

    private void store(Customer customer, Optional<Long> expectedVersion, String action, List<FieldChange> changes,
                       List<CustomerEvent> events) {
        ctx.storage().inTransaction(ctx.tenant(), tx -> {
            writeChange(tx, customer, expectedVersion, action, changes, events);
            return null;
        });
    }

    private void writeChange(StorageTransaction tx, Customer customer, Optional<Long> expectedVersion, String action,
                             List<FieldChange> changes, List<CustomerEvent> events) {
        if (expectedVersion.isPresent()) {
            tx.port(Customers.class).update(customer, expectedVersion.get());
        } else {
            tx.port(Customers.class).insert(customer);
        }
        path.audit(tx, TYPE, customer.id().toString(), action, customer.updatedAt(), changes);
        for (CustomerEvent e : events) {
            path.publish(tx, e);
        }
        afterChange.changed(tx, customer, ctx.principal().user(), customer.updatedAt());
    }
}
