package io.crmkit.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.segment.rule.CalendarWindow;
import io.crmkit.segment.rule.PeriodUnit;
import io.crmkit.segment.rule.TrailingWindow;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class PurchaseWindowsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @Test
    void trailingWindowsEndTodayAndStartTheDayAfterTheSameDateBack() {
        assertThat(PurchaseWindows.range(new TrailingWindow(30, PeriodUnit.DAYS), TODAY))
                .isEqualTo(io.crmkit.purchase.DateRange.of(LocalDate.of(2026, 3, 2), TODAY));
        // 31 March minus one month is 28 February (the month is shorter): the window starts 1 March.
        assertThat(PurchaseWindows.range(new TrailingWindow(1, PeriodUnit.MONTHS), TODAY))
                .isEqualTo(io.crmkit.purchase.DateRange.of(LocalDate.of(2026, 3, 1), TODAY));
        assertThat(PurchaseWindows.previous(new TrailingWindow(1, PeriodUnit.MONTHS), TODAY))
                .contains(io.crmkit.purchase.DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void calendarWindows() {
        assertThat(PurchaseWindows.range(CalendarWindow.THIS_YEAR, TODAY))
                .isEqualTo(io.crmkit.purchase.DateRange.of(LocalDate.of(2026, 1, 1), TODAY));
        assertThat(PurchaseWindows.range(CalendarWindow.LAST_YEAR, TODAY))
                .isEqualTo(io.crmkit.purchase.DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(PurchaseWindows.previous(CalendarWindow.THIS_YEAR, TODAY))
                .contains(io.crmkit.purchase.DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
        assertThat(PurchaseWindows.range(CalendarWindow.ALL_TIME, TODAY)).isEqualTo(io.crmkit.purchase.DateRange.all());
        assertThat(PurchaseWindows.previous(CalendarWindow.ALL_TIME, TODAY)).isEqualTo(Optional.empty());
    }

    @Property
    void aTrailingWindowAndTheOneBeforeItAreAdjacentAndDoNotOverlap(
            @ForAll @DateRange(min = "2000-01-01", max = "2100-12-31") LocalDate today,
            @ForAll @IntRange(min = 1, max = 1000) int amount, @ForAll PeriodUnit unit) {
        if (unit == PeriodUnit.HOURS) {
            return;
        }
        TrailingWindow w = new TrailingWindow(amount, unit);
        io.crmkit.purchase.DateRange range = PurchaseWindows.range(w, today);
        io.crmkit.purchase.DateRange before = PurchaseWindows.previous(w, today).orElseThrow();
        assertThat(range.last()).contains(today);
        assertThat(before.last().orElseThrow().plusDays(1)).isEqualTo(range.first().orElseThrow());
        assertThat(before.first().orElseThrow()).isBefore(range.first().orElseThrow());
    }
}
