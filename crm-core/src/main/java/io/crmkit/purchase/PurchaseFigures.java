package io.crmkit.purchase;

import io.crmkit.segment.rule.Window;
import io.crmkit.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's purchase figures over a window, in the deployment's currency. Cancelled
 * purchases never count.
 *
 * @param window the window
 * @param range the dates it covered
 * @param spend the sum of the amounts
 * @param orders how many purchases
 * @param averageOrder spend divided by orders, half-up to the currency's digits; empty without purchases
 * @param margin the sum of the known margins
 * @param growth spend against the window before, in per cent, half-up to two decimals; empty
 *     when the window before had no spend (or for all time)
 * @param averageDaysBetweenOrders the purchase frequency: days from the first to the last
 *     purchase in the window divided by the gaps between them, half-up to one decimal; empty
 *     with fewer than two purchases
 * @param firstPurchase the first purchase ever (not only in the window), if any
 * @param lastPurchase the latest purchase ever, if any
 * @param tenureDays days from the first purchase ever to today; 0 without purchases
 */
public record PurchaseFigures(
        Window window,
        DateRange range,
        Money spend,
        long orders,
        Optional<Money> averageOrder,
        Money margin,
        Optional<BigDecimal> growth,
        Optional<BigDecimal> averageDaysBetweenOrders,
        Optional<LocalDate> firstPurchase,
        Optional<LocalDate> lastPurchase,
        long tenureDays) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the components.
     *
     * @param window see {@link #window()}
     * @param range see {@link #range()}
     * @param spend see {@link #spend()}
     * @param orders see {@link #orders()}
     * @param averageOrder see {@link #averageOrder()}
     * @param margin see {@link #margin()}
     * @param growth see {@link #growth()}
     * @param averageDaysBetweenOrders see {@link #averageDaysBetweenOrders()}
     * @param firstPurchase see {@link #firstPurchase()}
     * @param lastPurchase see {@link #lastPurchase()}
     * @param tenureDays see {@link #tenureDays()}
     */
    public PurchaseFigures {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(averageOrder, "averageOrder");
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(averageDaysBetweenOrders, "averageDaysBetweenOrders");
        Objects.requireNonNull(firstPurchase, "firstPurchase");
        Objects.requireNonNull(lastPurchase, "lastPurchase");
    }

    /**
     * Computes the figures.
     *
     * @param purchases the customer's purchases (any order; cancelled ones are skipped)
     * @param window the window
     * @param today today in the deployment's time zone
     * @param currency the deployment's currency
     * @return the figures
     */
    public static PurchaseFigures of(List<Purchase> purchases, Window window, LocalDate today, Currency currency) {
        DateRange range = PurchaseWindows.range(window, today);
        Optional<DateRange> before = PurchaseWindows.previous(window, today);
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal margin = BigDecimal.ZERO;
        BigDecimal previousSpend = BigDecimal.ZERO;
        long orders = 0;
        LocalDate firstInWindow = null;
        LocalDate lastInWindow = null;
        LocalDate first = null;
        LocalDate last = null;
        for (Purchase p : purchases) {
            if (!p.counts()) {
                continue;
            }
            LocalDate d = p.purchasedOn();
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
            if (range.contains(d)) {
                spend = spend.add(p.baseAmount().amount());
                margin = margin.add(p.baseMargin().map(Money::amount).orElse(BigDecimal.ZERO));
                orders++;
                firstInWindow = firstInWindow == null || d.isBefore(firstInWindow) ? d : firstInWindow;
                lastInWindow = lastInWindow == null || d.isAfter(lastInWindow) ? d : lastInWindow;
            }
            if (before.isPresent() && before.get().contains(d)) {
                previousSpend = previousSpend.add(p.baseAmount().amount());
            }
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        Optional<Money> average = orders == 0 ? Optional.empty()
                : Optional.of(new Money(spend.divide(BigDecimal.valueOf(orders), digits, RoundingMode.HALF_UP), currency));
        Optional<BigDecimal> growth = previousSpend.signum() == 0 ? Optional.empty()
                : Optional.of(growth(spend, previousSpend));
        Optional<BigDecimal> gap = orders < 2 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(ChronoUnit.DAYS.between(firstInWindow, lastInWindow))
                        .divide(BigDecimal.valueOf(orders - 1), 1, RoundingMode.HALF_UP));
        long tenure = first == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(first, today));
        return new PurchaseFigures(window, range, new Money(spend, currency), orders, average,
                new Money(margin, currency), growth, gap, Optional.ofNullable(first), Optional.ofNullable(last), tenure);
    }

    /**
     * Growth in per cent, as the figures and rule evaluation compute it.
     *
     * @param spend spend in the window
     * @param previousSpend spend in the window before, not zero
     * @return {@code (spend - previous) / previous * 100}, half-up to two decimals
     */
    public static BigDecimal growth(BigDecimal spend, BigDecimal previousSpend) {
        return spend.subtract(previousSpend).multiply(HUNDRED).divide(previousSpend, 2, RoundingMode.HALF_UP);
    }
}
