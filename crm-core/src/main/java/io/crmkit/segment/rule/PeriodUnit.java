package io.crmkit.segment.rule;

import java.time.temporal.ChronoUnit;

/** Units of spans ({@code 30 days}) and windows ({@code 12 months}). */
public enum PeriodUnit {
    /** Hours (spans on date-times only). */
    HOURS("hour", "hours", ChronoUnit.HOURS),
    /** Days. */
    DAYS("day", "days", ChronoUnit.DAYS),
    /** Weeks of seven days. */
    WEEKS("week", "weeks", ChronoUnit.WEEKS),
    /** Calendar months (in the deployment's time zone). */
    MONTHS("month", "months", ChronoUnit.MONTHS),
    /** Calendar years (in the deployment's time zone). */
    YEARS("year", "years", ChronoUnit.YEARS);

    private final String singular;
    private final String plural;
    private final ChronoUnit chronoUnit;

    PeriodUnit(String singular, String plural, ChronoUnit chronoUnit) {
        this.singular = singular;
        this.plural = plural;
        this.chronoUnit = chronoUnit;
    }

    /**
     * How an amount of this unit is written: {@code 1 day}, {@code 30 days}.
     *
     * @param amount the amount
     * @return the unit's word for that amount
     */
    public String text(long amount) {
        return amount == 1 ? singular : plural;
    }

    /** {@return the singular word, e.g. {@code day}} */
    public String singular() {
        return singular;
    }

    /** {@return the plural word, e.g. {@code days}} */
    public String plural() {
        return plural;
    }

    /** {@return the matching {@code java.time} unit} */
    public ChronoUnit chronoUnit() {
        return chronoUnit;
    }
}
