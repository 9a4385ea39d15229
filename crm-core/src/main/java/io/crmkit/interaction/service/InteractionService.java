package io.crmkit.interaction.service;

import io.crmkit.access.Action;
import io.crmkit.access.ProtectedResource;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.interaction.CorrectInteraction;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionEvent;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.InteractionInput;
import io.crmkit.interaction.Interactions;
import io.crmkit.interaction.LogInteraction;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.internal.validation.VersionRules;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.UserId;
import io.crmkit.shared.Violation;
import io.crmkit.storage.StorageTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interaction log of one tenant and acting user. Obtain it from {@code CrmSession.interactions()}.
 *
 * <pre>{@code
 * InteractionId id = session.interactions().log(new LogInteraction(customerId,
 *         InteractionInput.of("call", Instant.now(clock), "discussed the spring order")));
 * }</pre>
 *
 * <p>Anyone who may view a customer may log an interaction with it and read its interactions;
 * correcting or deleting one is for the user who logged it, the customer's owner and
 * administrators (each decided by the {@link io.crmkit.access.AccessPolicy}, with
 * {@link Action#EDIT}). Logging also records the customer's last contact, which segment rules read
 * as {@code lastContact}. Every change writes its outbox event in the same transaction;
 * corrections and deletions are audited on the customer, so they appear in its history and
 * timeline.
 */
public final class InteractionService {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionService.class);
    private static final String CUSTOMER = Customer.ENTITY_TYPE;
    private static final String INTERACTION = Interaction.ENTITY_TYPE;

    private final SessionContext ctx;
    private final ChangePath path;
    private final InteractionRules rules;

    /**
     * Creates the service for a session ({@code CrmSession.interactions()} does this).
     *
     * @param ctx the session
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public InteractionService(SessionContext ctx) {
        this.ctx = ctx;
        this.path = new ChangePath(ctx);
        this.rules = new InteractionRules(ctx.configuration().interactions().kinds());
    }

    /**
     * Logs an interaction and records the customer's last contact, in one transaction.
     *
     * @param command the customer and what happened
     * @return the new interaction's id
     * @throws io.crmkit.shared.ValidationException listing every problem (unknown kind, time in
     *     the future, duration out of range, a contact not of this customer, characters that cannot
     *     be stored…); nothing is stored
     * @throws NotFoundException if the customer does not exist
     * @throws AccessDeniedException if the user may not view the customer
     */
    public InteractionId log(LogInteraction command) {
        List<Violation> violations = validated(command, command == null ? null : command.input());
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Customer customer = path.customer(tx, command.customerId(), Action.VIEW);
            InteractionRules.checkContacts(command.input(), customer, violations);
            ctx.throwIfAny(violations);
            Instant now = ctx.now();
            Interaction i = build(new InteractionId(ctx.ids().next()), customer.id(), command.input(),
                    ctx.principal().user(), now, now, 1);
            tx.port(Interactions.class).insert(i);
            tx.port(Customers.class).recordContact(customer.id(), i.occurredAt());
            event(tx, new InteractionEvent.InteractionLogged(i.customerId(), i.id(), i.kind(), now));
            LOG.debug("interaction {} logged for customer {} in tenant {}", i.id(), customer.id(), ctx.tenant());
            return i.id();
        });
    }

    /**
     * Corrects an interaction: replaces everything but its customer. The customer's last contact
     * is recorded again for the corrected time (a later time than the one kept moves it; an
     * earlier one changes nothing).
     *
     * @param command the interaction, the version the correction is based on, and the new content
     * @return the interaction as stored now
     * @throws io.crmkit.shared.ValidationException listing every problem
     * @throws NotFoundException if there is no such interaction
     * @throws ConflictException if it changed since that version
     * @throws AccessDeniedException unless the user logged it, owns the customer or is an administrator
     */
    public Interaction correct(CorrectInteraction command) {
        // A bad version is outside the input, so validated() reports it before any read: looking
        // the record up at that version would report a conflict instead.
        List<Violation> violations = validated(command, command == null ? null : command.input(),
                VersionRules.check(command.expectedVersion()));
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Interaction current = load(tx, command.id());
            Customer customer = customerForChange(tx, current, command.expectedVersion());
            InteractionRules.checkContacts(command.input(), customer, violations);
            ctx.throwIfAny(violations);
            Instant now = ctx.now();
            Interaction next = build(current.id(), current.customerId(), command.input(), current.recordedBy(),
                    current.createdAt(), now, current.version() + 1);
            tx.port(Interactions.class).update(next, current.version());
            tx.port(Customers.class).recordContact(next.customerId(), next.occurredAt());
            audit(tx, next, "interaction.corrected", Optional.of(describe(current)), Optional.of(describe(next)), now);
            event(tx, new InteractionEvent.InteractionCorrected(next.customerId(), next.id(), next.kind(), now));
            return next;
        });
    }

    /**
     * Deletes an interaction. The customer's last contact stays as it is (it records that contact
     * happened, as the audit trail does).
     *
     * @param id the interaction
     * @param expectedVersion the version the deletion is based on
     * @throws NotFoundException if there is no such interaction
     * @throws ConflictException if it changed since that version
     * @throws AccessDeniedException unless the user logged it, owns the customer or is an administrator
     */
    public void delete(InteractionId id, long expectedVersion) {
        ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Interaction current = load(tx, id);
            customerForChange(tx, current, expectedVersion);
            Instant now = ctx.now();
            tx.port(Interactions.class).delete(id, expectedVersion);
            audit(tx, current, "interaction.deleted", Optional.of(describe(current)), Optional.empty(), now);
            event(tx, new InteractionEvent.InteractionDeleted(current.customerId(), current.id(), current.kind(), now));
            return null;
        });
    }

    /**
     * Reads one interaction.
     *
     * @param id the interaction
     * @return it
     * @throws NotFoundException if there is no such interaction
     * @throws AccessDeniedException if the user may not view its customer
     */
    public Interaction get(InteractionId id) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Interaction i = load(tx, id);
            path.customer(tx, i.customerId(), Action.VIEW);
            return i;
        });
    }

    /**
     * A customer's interactions, newest first (by the time they happened, then by id).
     *
     * @param customer the customer
     * @param page page size and the previous page's cursor
     * @return the page
     * @throws NotFoundException if the customer does not exist
     * @throws AccessDeniedException if the user may not view it
     * @throws io.crmkit.shared.ValidationException if the cursor is not one this listing made
     */
    public Page<Interaction> of(CustomerId customer, PageRequest page) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            path.customer(tx, customer, Action.VIEW);
            return tx.port(Interactions.class).ofCustomer(customer, page);
        });
    }

    /** Annotation violations, then the rules that need no storage; all collected, none thrown yet. */
    private List<Violation> validated(Object command, InteractionInput input) {
        return validated(command, input, Optional.empty());
    }

    /** As above, with a problem found outside the input (such as a bad version), which is reported before any read. */
    private List<Violation> validated(Object command, InteractionInput input, Optional<Violation> outsideInput) {
        List<Violation> violations = ctx.annotationViolations(command);
        if (violations.isEmpty()) {
            rules.check(input, ctx.now(), violations);
        }
        outsideInput.ifPresent(violations::add);
        // Without a valid shape the storage checks cannot run: report what there is now.
        if (violations.stream().anyMatch(v -> !v.path().startsWith("input.") || v.code().equals("required"))) {
            ctx.throwIfAny(violations);
        }
        return violations;
    }

    private static Interaction build(InteractionId id, CustomerId customer, InteractionInput in, UserId recordedBy,
                                     Instant createdAt, Instant updatedAt, long version) {
        return new Interaction(id, customer, in.kind(), in.occurredAt().truncatedTo(ChronoUnit.MICROS), in.duration(),
                in.contacts(), in.users(), in.summary(), in.opportunityId(), in.ticketId(), recordedBy, createdAt,
                updatedAt, version);
    }

    /**
     * The interaction's customer, once the user may change the interaction and it is at the
     * expected version.
     */
    private Customer customerForChange(StorageTransaction tx, Interaction current, long expectedVersion) {
        InteractionId id = current.id();
        Customer customer = path.customer(tx, current.customerId());
        boolean mayEditCustomer = path.mayEdit(tx, customer);
        if (!mayEditCustomer) {
            // The recorder owns the interaction itself: the policy decides on it as on any owned record.
            path.authorise(Action.EDIT,
                    ProtectedResource.of(INTERACTION, id.toString(), current.recordedBy()));
        }
        ChangePath.checkVersion(INTERACTION, id, expectedVersion, current.version());
        return customer;
    }

    private void audit(StorageTransaction tx, Interaction i, String action, Optional<String> before,
                       Optional<String> after, Instant now) {
        path.audit(tx, CUSTOMER, i.customerId().toString(), action, now, List.of(new FieldChange("interactions." + i.id(), before, after)));
    }

    private void event(StorageTransaction tx, InteractionEvent event) {
        path.publish(tx, event);
    }

    /** The audit's display text of an interaction. */
    private static String describe(Interaction i) {
        return i.kind() + " at " + i.occurredAt() + " (" + i.duration() + "), " + i.contacts().size() + " contact(s), "
                + i.users().size() + " user(s): " + i.summary();
    }

    private Interaction load(StorageTransaction tx, InteractionId id) {
        return path.found(tx.port(Interactions.class).find(id), INTERACTION, id);
    }
}
