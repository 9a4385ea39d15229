package io.crmkit.purchase;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The purchase dates a figure counts: from {@code first} to {@code last}, both included; an
 * empty end is unbounded.
 *
 * @param first the earliest date counted, or empty for no lower bound
 * @param last the latest date counted, or empty for no upper bound
 */
public record DateRange(Optional<LocalDate> first, Optional<LocalDate> last) {

    /**
     * Checks the components.
     *
     * @param first see {@link #first()}
     * @param last see {@link #last()}
     */
    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }

    /**
     * A bounded range.
     *
     * @param first the earliest date
     * @param last the latest date
     * @return the range
     */
    public static DateRange of(LocalDate first, LocalDate last) {
        return new DateRange(Optional.of(first), Optional.of(last));
    }

    /** {@return every date} */
    public static DateRange all() {
        return new DateRange(Optional.empty(), Optional.empty());
    }

    /**
     * Whether a date is in the range.
     *
     * @param date the date
     * @return whether {@code first <= date <= last}
     */
    public boolean contains(LocalDate date) {
        return first.map(f -> !date.isBefore(f)).orElse(true) && last.map(l -> !date.isAfter(l)).orElse(true);
    }
}
