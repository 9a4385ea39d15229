package io.crmkit.purchase;

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
 * Corrects a recorded purchase: its date, amount, margin and lines are replaced (the customer
 * stays). The amount is converted again at the rate for the new date. A cancelled purchase
 * cannot be corrected.
 *
 * @param orderReference the host's order reference of the purchase
 * @param purchasedOn the corrected date
 * @param amount the corrected amount
 * @param margin the corrected margin
 * @param lines the corrected lines
 * @param reason why, kept with the purchase and in the audit trail
 */
public record CorrectPurchase(
        @NotBlank @Size(max = 128) String orderReference,
        @NotNull LocalDate purchasedOn,
        @NotNull Money amount,
        @NotNull Optional<Money> margin,
        @NotNull @Size(max = 500) List<@NotNull @Valid PurchaseLine> lines,
        @NotBlank @Size(max = 500) String reason) {

    /**
     * Copies the lines ({@code null}s stay for validation to report).
     *
     * @param orderReference see {@link #orderReference()}
     * @param purchasedOn see {@link #purchasedOn()}
     * @param amount see {@link #amount()}
     * @param margin see {@link #margin()}
     * @param lines see {@link #lines()}
     * @param reason see {@link #reason()}
     */
    public CorrectPurchase {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
        margin = margin == null ? Optional.empty() : margin;
    }
}
