package io.crmkit.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a plan acts. A run before {@link #startAt()} is refused. With a
 * {@link #gapAfterLastContact()}, each member additionally has its own "not before" time: its
 * last contact plus the gap, so a customer contacted yesterday is not approached again at once.
 * A member's notification or task carries {@code max(startAt, lastContact + gap)} as its
 * not-before time.
 *
 * @param startAt the earliest time a run may act
 * @param gapAfterLastContact how long after a member's last contact it may be approached, if at all
 *     limited; 0 to 3,650 days
 */
public record PlanSchedule(Instant startAt, Optional<Duration> gapAfterLastContact) {
    /** The longest gap after a member's last contact. */
    public static final Duration MAX_GAP = Duration.ofDays(3650);

    /**
     * Checks the components.
     *
     * @param startAt see {@link #startAt()}
     * @param gapAfterLastContact see {@link #gapAfterLastContact()}
     */
    public PlanSchedule {
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(gapAfterLastContact, "gapAfterLastContact");
    }

    /**
     * A schedule that starts at a time, with no gap per member.
     *
     * @param startAt the start
     * @return the schedule
     */
    public static PlanSchedule startingAt(Instant startAt) {
        return new PlanSchedule(startAt, Optional.empty());
    }

    /**
     * A member's not-before time.
     *
     * @param lastContact the member's last contact, if any
     * @return the later of the start and the last contact plus the gap
     */
    public Instant notBefore(Optional<Instant> lastContact) {
        Optional<Instant> own = gapAfterLastContact.flatMap(gap -> lastContact.map(at -> at.plus(gap)));
        return own.filter(at -> at.isAfter(startAt)).orElse(startAt);
    }
}
