package io.crmkit.purchase;

import io.crmkit.customer.CustomerId;
import io.crmkit.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A purchase recorded against a customer. The amounts are kept as the host gave them and, for
 * the figures, in the deployment's currency at the rate that applied on the purchase date.
 *
 * @param id crmkit's id
 * @param customerId the customer who bought
 * @param orderReference the host's order reference, unique in the tenant
 * @param purchasedOn the purchase date (in the deployment's time zone)
 * @param amount the amount as recorded
 * @param margin the margin as recorded, in the amount's currency, if the host knows it
 * @param exchangeRate units of the deployment's currency per unit of the amount's (1 when they
 *     agree), at most 10 decimals, kept without trailing zeros
 * @param baseAmount the amount in the deployment's currency, rounded half-up to its digits
 * @param baseMargin the margin in the deployment's currency
 * @param lines the product lines, possibly none
 * @param status active or cancelled
 * @param note why it was last corrected or cancelled, if said
 * @param recordedAt when crmkit first recorded it
 * @param updatedAt when it last changed
 * @param version 1 when recorded, +1 per correction or cancellation
 */
public record Purchase(
        PurchaseId id,
        CustomerId customerId,
        String orderReference,
        LocalDate purchasedOn,
        Money amount,
        Optional<Money> margin,
        BigDecimal exchangeRate,
        Money baseAmount,
        Optional<Money> baseMargin,
        List<PurchaseLine> lines,
        PurchaseStatus status,
        Optional<String> note,
        Instant recordedAt,
        Instant updatedAt,
        long version) {

    /**
     * The entity type that names a purchase in audit entries, access decisions, errors and
     * events: {@value}. Hosts see it, so it never changes with a Java name.
     */
    public static final String ENTITY_TYPE = "purchase";

    /**
     * Checks and copies the components.
     *
     * @param id see {@link #id()}
     * @param customerId see {@link #customerId()}
     * @param orderReference see {@link #orderReference()}
     * @param purchasedOn see {@link #purchasedOn()}
     * @param amount see {@link #amount()}
     * @param margin see {@link #margin()}
     * @param exchangeRate see {@link #exchangeRate()}
     * @param baseAmount see {@link #baseAmount()}
     * @param baseMargin see {@link #baseMargin()}
     * @param lines see {@link #lines()}
     * @param status see {@link #status()}
     * @param note see {@link #note()}
     * @param recordedAt see {@link #recordedAt()}
     * @param updatedAt see {@link #updatedAt()}
     * @param version see {@link #version()}
     */
    public Purchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(purchasedOn, "purchasedOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(margin, "margin");
        exchangeRate = exchangeRate.stripTrailingZeros();
        Objects.requireNonNull(baseAmount, "baseAmount");
        Objects.requireNonNull(baseMargin, "baseMargin");
        lines = List.copyOf(lines);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** {@return whether the purchase counts in figures (it is not cancelled)} */
    public boolean counts() {
        return status == PurchaseStatus.ACTIVE;
    }
}
