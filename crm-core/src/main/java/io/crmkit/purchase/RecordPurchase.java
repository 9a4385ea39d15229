package io.crmkit.purchase;

import io.crmkit.customer.CustomerId;
import io.crmkit.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Records a purchase the host's system made. Idempotent by the order reference: recording the
 * same order again with the same content changes nothing and returns the same id; recording it
 * with different content is refused (use {@link CorrectPurchase}).
 *
 * @param customerId the customer who bought
 * @param orderReference the host's order reference, unique in the tenant
 * @param purchasedOn the purchase date
 * @param amount the order's amount (not negative)
 * @param margin the order's margin in the same currency, if known (may be negative)
 * @param lines the product lines, possibly none (at most 500); their prices are in the amount's currency
 */
public record RecordPurchase(
        @NotNull CustomerId customerId,
        @NotBlank @Size(max = 128) String orderReference,
        @NotNull LocalDate purchasedOn,
        @NotNull Money amount,
        @NotNull Optional<Money> margin,
        @NotNull @Size(max = 500) List<@NotNull @Valid PurchaseLine> lines) {

    /**
     * Copies the lines ({@code null}s stay for validation to report).
     *
     * @param customerId see {@link #customerId()}
     * @param orderReference see {@link #orderReference()}
     * @param purchasedOn see {@link #purchasedOn()}
     * @param amount see {@link #amount()}
     * @param margin see {@link #margin()}
     * @param lines see {@link #lines()}
     */
    public RecordPurchase {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
        margin = margin == null ? Optional.empty() : margin;
    }

    /**
     * A purchase without margin or lines.
     *
     * @param customerId the customer
     * @param orderReference the host's order reference
     * @param purchasedOn the date
     * @param amount the amount
     */
    public RecordPurchase(CustomerId customerId, String orderReference, LocalDate purchasedOn, Money amount) {
        this(customerId, orderReference, purchasedOn, amount, Optional.empty(), List.of());
    }
}
