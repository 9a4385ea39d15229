package io.crmkit.segment;

import io.crmkit.segment.rule.Literal;
import io.crmkit.segment.rule.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The moment a rule is evaluated at: relative dates ({@code older than 30 days}) and purchase
 * windows ({@code 12 months}) are resolved against it once, before any customer is looked at,
 * so the in-memory predicate and the SQL agree to the microsecond.
 *
 * @param now the instant, at microsecond precision
 * @param zone the deployment's time zone (months and years are calendar months and years there)
 */
public record EvaluationTime(Instant now, ZoneId zone) {

    /**
     * Checks the components and truncates {@code now} to microseconds (what storage keeps).
     *
     * @param now see {@link #now()}
     * @param zone see {@link #zone()}
     */
    public EvaluationTime {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        now = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** {@return today in the zone} */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    /**
     * The instant a span reaches back to.
     *
     * @param span e.g. 30 days
     * @return now minus the span (months and years on the zone's calendar)
     */
    public Instant instantBefore(Literal.Span span) {
        return now.atZone(zone).minus(span.amount(), span.unit().chronoUnit()).toInstant();
    }

    /**
     * The date a span reaches back to.
     *
     * @param span e.g. 30 days (not hours)
     * @return today minus the span
     * @throws IllegalArgumentException for a span in hours (the checker refuses those on dates)
     */
    public LocalDate dateBefore(Literal.Span span) {
        if (span.unit() == PeriodUnit.HOURS) {
            throw new IllegalArgumentException("a span in hours does not apply to a date");
        }
        return today().minus(span.amount(), span.unit().chronoUnit());
    }
}
