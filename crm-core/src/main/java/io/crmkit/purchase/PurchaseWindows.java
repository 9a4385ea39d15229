package io.crmkit.purchase;

import io.crmkit.segment.rule.CalendarWindow;
import io.crmkit.segment.rule.TrailingWindow;
import io.crmkit.segment.rule.Window;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns a {@link Window} into the dates it covers on a given day. The one place that decides
 * window boundaries: the purchase figures, the in-memory rule evaluation and the SQL the JDBC
 * adapter generates all call it, so they cannot disagree.
 */
public final class PurchaseWindows {

    private PurchaseWindows() {
    }

    /**
     * The dates a window covers.
     *
     * @param window the window
     * @param today today in the deployment's time zone
     * @return trailing {@code n units}: {@code today - n units + 1 day} to today; this year:
     *     1 January to today; last year: the previous calendar year; all time: unbounded
     */
    public static DateRange range(Window window, LocalDate today) {
        if (window instanceof TrailingWindow t) {
            return DateRange.of(today.minus(t.amount(), t.unit().chronoUnit()).plusDays(1), today);
        }
        CalendarWindow c = (CalendarWindow) window;
        return switch (c) {
            case THIS_YEAR -> DateRange.of(today.withDayOfYear(1), today);
            case LAST_YEAR -> DateRange.of(today.withDayOfYear(1).minusYears(1), today.withDayOfYear(1).minusDays(1));
            case ALL_TIME -> DateRange.all();
        };
    }

    /**
     * The dates growth compares a window against.
     *
     * @param window the window
     * @param today today in the deployment's time zone
     * @return trailing {@code n units}: the {@code n units} just before the window; this year:
     *     last year's 1 January to today's date last year; last year: the year before;
     *     all time: empty (growth is undefined)
     */
    public static Optional<DateRange> previous(Window window, LocalDate today) {
        if (window instanceof TrailingWindow t) {
            LocalDate start = today.minus(t.amount(), t.unit().chronoUnit()).plusDays(1);
            return Optional.of(DateRange.of(start.minus(t.amount(), t.unit().chronoUnit()), start.minusDays(1)));
        }
        CalendarWindow c = (CalendarWindow) window;
        LocalDate newYear = today.withDayOfYear(1);
        return switch (c) {
            case THIS_YEAR -> Optional.of(DateRange.of(newYear.minusYears(1), today.minusYears(1)));
            case LAST_YEAR -> Optional.of(DateRange.of(newYear.minusYears(2), newYear.minusYears(1).minusDays(1)));
            case ALL_TIME -> Optional.empty();
        };
    }
}
