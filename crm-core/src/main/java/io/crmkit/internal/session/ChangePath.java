package io.crmkit.internal.session;

import io.crmkit.access.Action;
import io.crmkit.access.ProtectedResource;
import io.crmkit.access.Visibility;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerShares;
import io.crmkit.customer.Customers;
import io.crmkit.event.DomainEvent;
import io.crmkit.internal.json.EventMessages;
import io.crmkit.outbox.Outbox;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.storage.StorageTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The steps every change of every service takes, written once: load (or not found),
 * authorise, check the version, then write the audit entry and publish the events in the same
 * transaction. A service applies its own rules between the steps; how each step is done —
 * which exception, which audit fields, which outbox message — is decided here only.
 *
 * <p>Public only so that the services of crmkit's feature packages can share it; hosts do not
 * use it.
 */
public final class ChangePath {
    private final SessionContext ctx;

    /**
     * The change path of one session.
     *
     * @param ctx the session
     */
    public ChangePath(SessionContext ctx) {
        this.ctx = ctx;
    }

    /**
     * What a port found, or the not-found error for it.
     *
     * @param found what the port returned
     * @param entityType the entity type, e.g. {@code Interaction.ENTITY_TYPE}
     * @param id the id that was looked up, as its text form names it
     * @param <T> the entity type
     * @return the entity
     * @throws NotFoundException if nothing was found
     */
    public <T> T found(Optional<T> found, String entityType, Object id) {
        return found.orElseThrow(() -> new NotFoundException(entityType, id.toString()));
    }

    /**
     * Loads a customer.
     *
     * @param tx the transaction
     * @param id the customer
     * @return the customer
     * @throws NotFoundException if the tenant has no such customer
     */
    public Customer customer(StorageTransaction tx, CustomerId id) {
        return found(tx.port(Customers.class).find(id), Customer.ENTITY_TYPE, id);
    }

    /**
     * Loads a customer the acting user may act on. One the user's view scope does not reach
     * and nobody shared with them is reported missing, not forbidden: its existence is not
     * the user's to know.
     *
     * @param tx the transaction
     * @param id the customer
     * @param action what the user means to do
     * @return the customer
     * @throws NotFoundException if the tenant has no such customer or the user cannot see it
     * @throws io.crmkit.shared.AccessDeniedException if no role grants the action's permission,
     *     or the user sees the customer but may not change or reassign it
     */
    public Customer customer(StorageTransaction tx, CustomerId id, Action action) {
        Customer c = customer(tx, id);
        authoriseOn(tx, c, action);
        return c;
    }

    /**
     * Requires the acting user to be allowed an action on a customer already loaded: as
     * {@link #customer(StorageTransaction, CustomerId, Action)} without the read.
     *
     * @param tx the transaction
     * @param c the customer
     * @param action what the user means to do
     * @throws NotFoundException if the user cannot see it
     * @throws io.crmkit.shared.AccessDeniedException if the user may not do it
     */
    public void authoriseOn(StorageTransaction tx, Customer c, Action action) {
        requirePermission(action, Customer.ENTITY_TYPE + " " + c.id());
        if (!reaches(tx, c, visibility(Action.VIEW))) {
            throw new NotFoundException(Customer.ENTITY_TYPE, c.id().toString());
        }
        if (action != Action.VIEW && action != Action.CREATE && !reaches(tx, c, visibility(action))) {
            throw new AccessDeniedException(ctx.principal().user().value(),
                    action.name().toLowerCase(Locale.ROOT) + " " + Customer.ENTITY_TYPE + " " + c.id(),
                    action == Action.REASSIGN ? "the customer is outside the user's edit scope"
                            : "the customer is outside the user's edit scope and not shared with them for editing");
        }
    }

    /**
     * Whether the acting user may view a customer (permission, scope and shares).
     *
     * @param tx the transaction
     * @param c the customer
     * @return {@code true} if so
     */
    public boolean mayView(StorageTransaction tx, Customer c) {
        return ctx.policy().permissionRefusal(ctx.principal(), Action.VIEW).isEmpty()
                && reaches(tx, c, visibility(Action.VIEW));
    }

    /**
     * Whether the acting user may edit a customer (permission, edit scope and editable shares).
     *
     * @param tx the transaction
     * @param c the customer
     * @return {@code true} if so
     */
    public boolean mayEdit(StorageTransaction tx, Customer c) {
        return ctx.policy().permissionRefusal(ctx.principal(), Action.EDIT).isEmpty()
                && reaches(tx, c, visibility(Action.VIEW)) && reaches(tx, c, visibility(Action.EDIT));
    }

    /**
     * The customers the acting user reaches for an action, now: what listings and counts pass
     * to their ports.
     *
     * @param action {@link Action#VIEW} for reading, {@link Action#EDIT} or {@link Action#REASSIGN}
     * @return the visibility
     */
    public Visibility visibility(Action action) {
        return ctx.policy().visibility(ctx.principal(), ctx.tenant(), ctx.directory(), action, ctx.now());
    }

    /** The owner decides most cases; the customer's shares are read only when it does not. */
    private static boolean reaches(StorageTransaction tx, Customer c, Visibility v) {
        return v.admitsOwner(c.owner()) || !v.shareKeys().isEmpty() && tx.port(CustomerShares.class).of(c.id())
                .stream().anyMatch(s -> v.admitsShare(s.grantee(), s.access(), s.until()));
    }

    private void requirePermission(Action action, String what) {
        ctx.policy().permissionRefusal(ctx.principal(), action).ifPresent(reason -> {
            throw new AccessDeniedException(ctx.principal().user().value(),
                    action.name().toLowerCase(Locale.ROOT) + " " + what, reason);
        });
    }

    /**
     * A customer as the access policy sees it.
     *
     * @param c the customer
     * @return the protected resource: entity type, id and owner
     */
    public static ProtectedResource resource(Customer c) {
        return ProtectedResource.of(Customer.ENTITY_TYPE, c.id().toString(), c.owner());
    }

    /**
     * Requires the acting user to be allowed an action.
     *
     * @param action the action
     * @param resource what it is done to
     * @throws io.crmkit.shared.AccessDeniedException if the user may not
     */
    public void authorise(Action action, ProtectedResource resource) {
        ctx.policy().require(ctx.principal(), action, resource);
    }

    /**
     * Refuses a change based on another version than the stored one.
     *
     * @param entityType the entity type
     * @param id the entity's id
     * @param expected the version the change is based on
     * @param actual the stored version
     * @throws ConflictException if they differ; nothing has been written then
     */
    public static void checkVersion(String entityType, Object id, long expected, long actual) {
        if (expected != actual) {
            throw ConflictException.staleVersion(entityType, id.toString(), expected, actual);
        }
    }

    /**
     * Records a change in the audit trail, by the acting user.
     *
     * @param tx the transaction
     * @param entityType the changed entity's type
     * @param entityId its id
     * @param action what was done, e.g. {@code customer.updated}
     * @param at when
     * @param changes the changed fields, before and after
     */
    public void audit(StorageTransaction tx, String entityType, String entityId, String action, Instant at,
                      List<FieldChange> changes) {
        tx.port(AuditTrail.class).record(new AuditEntry(ctx.ids().next(), entityType, entityId, action,
                ctx.principal().user(), at, changes));
    }

    /**
     * Publishes a domain event through the outbox, in the change's transaction.
     *
     * @param tx the transaction
     * @param event the event
     */
    public void publish(StorageTransaction tx, DomainEvent event) {
        tx.port(Outbox.class).append(EventMessages.toMessage(event, ctx.ids().next()));
    }
}
