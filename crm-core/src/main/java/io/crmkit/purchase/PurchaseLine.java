package io.crmkit.purchase;

import io.crmkit.shared.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One product line of a purchase, as the host's order system has it.
 *
 * @param productCode the host's product code
 * @param description what was sold
 * @param quantity how many (more than zero; decimals allowed, e.g. 2.5 tonnes); kept without
 *     trailing zeros, so that {@code 2.50} and {@code 2.5} are the same line
 * @param unitPrice the price of one unit, in the purchase's currency
 */
public record PurchaseLine(
        @NotBlank @Size(max = 64) String productCode,
        @NotNull @Size(max = 500) String description,
        @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal quantity,
        @NotNull Money unitPrice) {

    /**
     * Normalises the quantity ({@code null} stays for validation to report).
     *
     * @param productCode see {@link #productCode()}
     * @param description see {@link #description()}
     * @param quantity see {@link #quantity()}
     * @param unitPrice see {@link #unitPrice()}
     */
    public PurchaseLine {
        quantity = quantity == null ? null : quantity.stripTrailingZeros();
    }
}
