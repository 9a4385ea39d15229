package io.crmkit.segment.rule;

import java.util.Objects;

/**
 * The last {@code amount} {@code unit}s up to today: purchase dates {@code d} with
 * {@code today - amount units < d <= today}. The window before it (for {@code growth}) is the
 * same length immediately earlier.
 *
 * @param amount how many units, 1 to 1,000
 * @param unit days, weeks, months or years
 */
public record TrailingWindow(int amount, PeriodUnit unit) implements Window {

    /** The longest window in units. */
    public static final int MAX_AMOUNT = 1000;

    /**
     * Checks the components.
     *
     * @param amount see {@link #amount()}
     * @param unit see {@link #unit()}
     * @throws IllegalArgumentException if the amount is out of range or the unit is hours
     */
    public TrailingWindow {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("a window is 1 to " + MAX_AMOUNT + " units long, got " + amount);
        }
        if (unit == PeriodUnit.HOURS) {
            throw new IllegalArgumentException("purchases are dated by day: a window cannot be in hours");
        }
    }
}
