package io.crmkit.segment.rule;

/** Windows fixed by the calendar rather than by their length. */
public enum CalendarWindow implements Window {
    /** {@code this year}: 1 January of the current year to today (growth: against the same days of last year). */
    THIS_YEAR("this year"),
    /** {@code last year}: the whole previous calendar year (growth: against the year before). */
    LAST_YEAR("last year"),
    /** {@code all time}: every purchase (growth: always empty). */
    ALL_TIME("all time");

    private final String text;

    CalendarWindow(String text) {
        this.text = text;
    }

    /** {@return how the window is written in the text form} */
    public String text() {
        return text;
    }
}
