package io.crmkit.customer.service;

import io.crmkit.access.Action;
import io.crmkit.access.GranteeKind;
import io.crmkit.access.TeamId;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerShare;
import io.crmkit.customer.CustomerShares;
import io.crmkit.customer.RevokeShare;
import io.crmkit.customer.ShareCustomer;
import io.crmkit.customer.ShareEvent.CustomerShared;
import io.crmkit.customer.ShareEvent.ShareRevoked;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Violation;
import io.crmkit.storage.StorageTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sharing customers beyond their owner's data scope: with a user, a team, or a team with its
 * sub-teams, view-only or editable, optionally until an instant. Sharing, changing the terms
 * and revoking are audited on the customer and published as events; a customer's shares are
 * listed with it. Whom a share reaches is decided when a listing runs, so a user who joins a
 * team sees what was shared with the team.
 *
 * <p>Who may share: a user whose edit scope reaches the customer (its owner, a manager whose
 * team scope covers the owner) or an administrator. An editable share lets its grantee edit,
 * not share further.
 */
public final class CustomerSharingService {
    private static final String SHARE = "customer_share";

    private final SessionContext ctx;
    private final ChangePath path;

    /**
     * The service of one session.
     *
     * @param context the session
     */
    @SuppressWarnings("exports") // SessionContext is crmkit's own wiring; hosts get the service from CrmSession
    public CustomerSharingService(SessionContext context) {
        this.ctx = context;
        this.path = new ChangePath(context);
    }

    /**
     * Shares a customer, or changes the terms of its share with the same grantee.
     *
     * @param command the customer, the grantee, view or edit, and the optional end
     * @return the share as stored
     * @throws io.crmkit.shared.ValidationException at {@code until} if the end is not in the
     *     future, at {@code grantee} if the grantee is the customer's owner or a team the
     *     organisation chart does not know in this tenant
     * @throws NotFoundException if the customer does not exist or the user cannot see it
     * @throws AccessDeniedException if the user's edit scope does not reach the customer
     */
    public CustomerShare share(ShareCustomer command) {
        List<Violation> violations = ctx.annotationViolations(command);
        ctx.throwIfAny(violations);
        Instant now = ctx.now();
        command.until().filter(u -> !u.isAfter(now))
                .ifPresent(u -> ctx.throwIfAny(List.of(Violation.of("until", "share.until.past"))));
        if (command.grantee().kind() != GranteeKind.USER
                && ctx.directory().membersOf(ctx.tenant(), TeamId.of(command.grantee().id())).isEmpty()) {
            ctx.throwIfAny(List.of(Violation.of("grantee", "share.team.unknown", "team", command.grantee().id())));
        }
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Customer c = sharable(tx, command.customerId(), "share");
            if (command.grantee().kind() == GranteeKind.USER && command.grantee().id().equals(c.owner().value())) {
                ctx.throwIfAny(List.of(Violation.of("grantee", "share.grantee.owner")));
            }
            CustomerShares shares = tx.port(CustomerShares.class);
            Optional<CustomerShare> before = find(shares, command);
            CustomerShare share = new CustomerShare(c.id(), command.grantee(), command.access(),
                    command.until().map(u -> u.truncatedTo(java.time.temporal.ChronoUnit.MICROS)),
                    ctx.principal().user(), now);
            shares.put(share);
            path.audit(tx, Customer.ENTITY_TYPE, c.id().toString(), "customer.shared", now,
                    List.of(new FieldChange(field(share), before.map(CustomerSharingService::terms),
                            Optional.of(terms(share)))));
            path.publish(tx, new CustomerShared(c.id(), share.grantee(), share.access(), share.until(), now));
            return share;
        });
    }

    /**
     * Ends a customer's share with a grantee.
     *
     * @param command the customer and the grantee
     * @throws NotFoundException if the customer does not exist, the user cannot see it, or it
     *     has no share with the grantee
     * @throws AccessDeniedException if the user's edit scope does not reach the customer
     */
    public void revoke(RevokeShare command) {
        ctx.throwIfAny(ctx.annotationViolations(command));
        Instant now = ctx.now();
        ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Customer c = sharable(tx, command.customerId(), "revoke a share of");
            CustomerShares shares = tx.port(CustomerShares.class);
            CustomerShare before = shares.of(c.id()).stream().filter(s -> s.grantee().equals(command.grantee()))
                    .findFirst().orElseThrow(() -> new NotFoundException(SHARE, c.id() + " " + command.grantee()));
            shares.remove(c.id(), command.grantee());
            path.audit(tx, Customer.ENTITY_TYPE, c.id().toString(), "customer.share_revoked", now,
                    List.of(new FieldChange(field(before), Optional.of(terms(before)), Optional.empty())));
            path.publish(tx, new ShareRevoked(c.id(), command.grantee(), now));
            return null;
        });
    }

    /**
     * The shares of a customer, ended ones included (each says until when it held).
     *
     * @param customer the customer
     * @return its shares, by grantee key
     * @throws NotFoundException if the customer does not exist or the user cannot see it
     */
    public List<CustomerShare> of(CustomerId customer) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            path.customer(tx, customer, Action.VIEW);
            return tx.port(CustomerShares.class).of(customer);
        });
    }

    /** A customer the user sees and whose owner the user's edit scope reaches (shares do not count). */
    private Customer sharable(StorageTransaction tx, CustomerId id, String operation) {
        Customer c = path.customer(tx, id, Action.VIEW);
        if (!path.visibility(Action.REASSIGN).admitsOwner(c.owner())) {
            throw new AccessDeniedException(ctx.principal().user().value(), operation + " customer " + id,
                    "only users whose edit scope reaches the customer, or administrators, may share it");
        }
        return c;
    }

    private static Optional<CustomerShare> find(CustomerShares shares, ShareCustomer command) {
        return shares.of(command.customerId()).stream().filter(s -> s.grantee().equals(command.grantee())).findFirst();
    }

    private static String field(CustomerShare s) {
        return "shares." + s.grantee().key();
    }

    private static String terms(CustomerShare s) {
        return s.access().name() + s.until().map(u -> " until " + u).orElse("");
    }
}
