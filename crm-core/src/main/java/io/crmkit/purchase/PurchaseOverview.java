package io.crmkit.purchase;

import io.crmkit.customer.CustomerViewPart;
import java.util.List;
import java.util.Objects;

/**
 * The purchase part of a customer's view: its figures over the last twelve months (spend,
 * orders, margin, growth against the twelve before, first and last purchase…) and its newest
 * purchases. Other windows: {@code PurchaseService.figures}; every purchase:
 * {@code PurchaseService.of}.
 *
 * @param lastTwelveMonths the figures over the trailing twelve months, in the deployment's currency
 * @param newest the newest purchases, by purchase date, cancelled ones included, at most {@link #SIZE}
 */
public record PurchaseOverview(PurchaseFigures lastTwelveMonths, List<Purchase> newest) implements CustomerViewPart {
    /** How many purchases the view lists. */
    public static final int SIZE = 5;

    /**
     * Checks and copies the components.
     *
     * @param lastTwelveMonths see {@link #lastTwelveMonths()}
     * @param newest see {@link #newest()}
     */
    public PurchaseOverview {
        Objects.requireNonNull(lastTwelveMonths, "lastTwelveMonths");
        newest = List.copyOf(newest);
    }
}
