package io.crmkit.purchase.service;

import io.crmkit.access.Action;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.CustomerChangeHook;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.purchase.CancelPurchase;
import io.crmkit.purchase.CorrectPurchase;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseChanged;
import io.crmkit.purchase.PurchaseFigures;
import io.crmkit.purchase.PurchaseId;
import io.crmkit.purchase.PurchaseLine;
import io.crmkit.purchase.PurchaseStatus;
import io.crmkit.purchase.Purchases;
import io.crmkit.purchase.RecordPurchase;
import io.crmkit.segment.rule.Window;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.Money;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Violation;
import io.crmkit.storage.StorageTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purchases the host's ERP or order system records against customers, and the figures derived
 * from them. Recording is idempotent by the host's order reference, so a host can replay its
 * order feed safely. Amounts in another currency are converted with the host's
 * {@link io.crmkit.purchase.ExchangeRates} for the purchase date. Every change needs the right
 * to edit the customer, is audited on the customer, and emits a
 * {@link PurchaseChanged} event in the same transaction.
 */
public final class PurchaseService {
    private static final Logger LOG = LoggerFactory.getLogger(PurchaseService.class);
    private static final String CUSTOMER = Customer.ENTITY_TYPE;
    private static final String PURCHASE = Purchase.ENTITY_TYPE;

    private final SessionContext ctx;
    private final ChangePath path;
    private final PurchaseInputRules rules;
    private final CustomerChangeHook afterChange;

    /**
     * Creates the service for a session ({@code CrmSession.purchases()} does this).
     *
     * @param ctx the session
     * @param afterChange what other features do after a purchase of a customer changes (classification reclassifies it)
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public PurchaseService(SessionContext ctx, CustomerChangeHook afterChange) {
        this.ctx = ctx;
        this.path = new ChangePath(ctx);
        this.afterChange = afterChange;
        this.rules = new PurchaseInputRules(ctx);
    }

    /**
     * Records a purchase; recording the same order reference again with the same content
     * changes nothing and returns the same id, also when callers record it at the same time.
     *
     * @param command the purchase
     * @return its id (the existing one when the order was recorded before)
     * @throws io.crmkit.shared.ValidationException listing every problem (negative amount,
     *     currencies that differ, no exchange rate for the date…)
     * @throws ConflictException if the order reference was recorded with other content
     * @throws NotFoundException if the customer does not exist
     * @throws io.crmkit.shared.AccessDeniedException if the user may not edit the customer
     */
    public PurchaseId record(RecordPurchase command) {
        Converted c = validated(command, command.purchasedOn(), command.amount(), command.margin(), command.lines());
        try {
            return recordOnce(command, c);
        } catch (ConflictException refused) {
            // Callers recording the same order at once all find it absent, and the storage's
            // unique key on the order reference refuses all inserts but one. A refused caller
            // with the same content gets the winner's id, as if it had come second; with other
            // content, or when nothing was recorded after all, the conflict stands.
            return ctx.storage().inTransaction(ctx.tenant(),
                            tx -> tx.port(Purchases.class).findByReference(command.orderReference()))
                    .filter(p -> sameOrder(p, command)).map(Purchase::id).orElseThrow(() -> refused);
        }
    }

    private PurchaseId recordOnce(RecordPurchase command, Converted c) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Customer customer = path.customer(tx, command.customerId(), Action.EDIT);
            Optional<Purchase> existing = tx.port(Purchases.class).findByReference(command.orderReference());
            if (existing.isPresent()) {
                if (sameOrder(existing.get(), command)) {
                    return existing.get().id();
                }
                throw ConflictException.alreadyExists(PURCHASE, command.orderReference());
            }
            Instant now = ctx.now();
            Purchase p = new Purchase(new PurchaseId(ctx.ids().next()), command.customerId(), command.orderReference(),
                    command.purchasedOn(), command.amount(), command.margin(), c.rate(), c.baseAmount(), c.baseMargin(),
                    command.lines(), PurchaseStatus.ACTIVE, Optional.empty(), now, now, 1);
            tx.port(Purchases.class).insert(p);
            audit(tx, p, "purchase.recorded", Optional.empty(), Optional.of(summary(p)));
            LOG.debug("purchase {} recorded for customer {} in tenant {}", p.id(), p.customerId(), ctx.tenant());
            return p.id();
        });
    }

    /**
     * Corrects a purchase's date, amount, margin and lines.
     *
     * @param command the correction
     * @return the corrected purchase
     * @throws io.crmkit.shared.ValidationException listing every problem
     * @throws NotFoundException if no purchase has the order reference
     * @throws InvalidStateException if the purchase is cancelled
     * @throws io.crmkit.shared.AccessDeniedException if the user may not edit the customer
     */
    public Purchase correct(CorrectPurchase command) {
        Converted c = validated(command, command.purchasedOn(), command.amount(), command.margin(), command.lines());
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Purchase current = loadForChange(tx, command.orderReference());
            if (!current.counts()) {
                throw new InvalidStateException("purchase " + command.orderReference() + " is cancelled and cannot be corrected");
            }
            Purchase next = new Purchase(current.id(), current.customerId(), current.orderReference(),
                    command.purchasedOn(), command.amount(), command.margin(), c.rate(), c.baseAmount(), c.baseMargin(),
                    command.lines(), PurchaseStatus.ACTIVE, Optional.of(command.reason()), current.recordedAt(), ctx.now(),
                    current.version() + 1);
            tx.port(Purchases.class).update(next, current.version());
            audit(tx, next, "purchase.corrected", Optional.of(summary(current)), Optional.of(summary(next)));
            return next;
        });
    }

    /**
     * Cancels a purchase: kept, but no longer counted. Cancelling it again changes nothing.
     *
     * @param command the cancellation
     * @return the purchase as it is now
     * @throws NotFoundException if no purchase has the order reference
     * @throws io.crmkit.shared.AccessDeniedException if the user may not edit the customer
     */
    public Purchase cancel(CancelPurchase command) {
        ctx.throwIfAny(ctx.annotationViolations(command));
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Purchase current = loadForChange(tx, command.orderReference());
            if (!current.counts()) {
                return current;
            }
            Purchase next = new Purchase(current.id(), current.customerId(), current.orderReference(),
                    current.purchasedOn(), current.amount(), current.margin(), current.exchangeRate(), current.baseAmount(),
                    current.baseMargin(), current.lines(), PurchaseStatus.CANCELLED, Optional.of(command.reason()),
                    current.recordedAt(), ctx.now(), current.version() + 1);
            tx.port(Purchases.class).update(next, current.version());
            audit(tx, next, "purchase.cancelled", Optional.of(summary(current)), Optional.of("cancelled: " + command.reason()));
            return next;
        });
    }

    /**
     * Finds a purchase by the host's order reference.
     *
     * @param orderReference the reference
     * @return the purchase, or empty if none has it or the user may not view its customer
     */
    public Optional<Purchase> find(String orderReference) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(Purchases.class).findByReference(orderReference)
                .filter(p -> tx.port(Customers.class).find(p.customerId())
                        .map(c -> path.mayView(tx, c))
                        .orElse(false)));
    }

    /**
     * A customer's purchases, cancelled ones included.
     *
     * @param customer the customer
     * @return its purchases by date
     * @throws NotFoundException if the customer does not exist
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view it
     */
    public List<Purchase> of(CustomerId customer) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            path.customer(tx, customer, Action.VIEW);
            return tx.port(Purchases.class).ofCustomer(customer);
        });
    }

    /**
     * A customer's purchase figures over a window, as of today in the deployment's time zone.
     *
     * @param customer the customer
     * @param window the window, e.g. {@code new TrailingWindow(12, PeriodUnit.MONTHS)}
     * @return the figures
     * @throws NotFoundException if the customer does not exist
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view it
     */
    public PurchaseFigures figures(CustomerId customer, Window window) {
        return PurchaseFigures.of(of(customer), window, ctx.today(), ctx.configuration().locale().currency());
    }

    /** Validates a command's annotations, then its amounts, and converts them: one exception lists every problem. */
    private Converted validated(Object command, LocalDate on, Money amount, Optional<Money> margin,
                                List<PurchaseLine> lines) {
        List<Violation> violations = ctx.annotationViolations(command);
        Optional<Converted> converted = violations.isEmpty()
                ? rules.convert(on, amount, margin, lines, violations) : Optional.empty();
        ctx.throwIfAny(violations);
        return converted.orElseThrow();
    }

    private Purchase loadForChange(StorageTransaction tx, String orderReference) {
        Purchase p = tx.port(Purchases.class).findByReference(orderReference)
                .orElseThrow(() -> new NotFoundException(PURCHASE, orderReference));
        path.customer(tx, p.customerId(), Action.EDIT);
        return p;
    }

    private void audit(StorageTransaction tx, Purchase p, String action, Optional<String> before, Optional<String> after) {
        Instant now = p.updatedAt();
        path.audit(tx, CUSTOMER, p.customerId().toString(), action, now, List.of(new FieldChange("purchases." + p.orderReference(), before, after)));
        String change = action.substring(action.indexOf('.') + 1);
        path.publish(tx, new PurchaseChanged(p.customerId(), p.id(),
                p.orderReference(), change, now));
        afterChange.changed(tx, p.customerId(), ctx.principal().user(), now);
    }

    private static boolean sameOrder(Purchase p, RecordPurchase c) {
        return p.customerId().equals(c.customerId()) && p.purchasedOn().equals(c.purchasedOn())
                && p.amount().equals(c.amount()) && p.margin().equals(c.margin()) && p.lines().equals(c.lines());
    }

    private static String summary(Purchase p) {
        return p.purchasedOn() + " " + p.amount() + p.margin().map(m -> ", margin " + m).orElse("")
                + (p.lines().isEmpty() ? "" : ", " + p.lines().size() + " line(s)");
    }
}
