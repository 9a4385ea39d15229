package io.crmkit.config;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a scheduled job is due: wall-clock times of every day in the deployment's time zone
 * ({@code locale.zone}), either one time ({@link Daily}, {@code daily: "02:00"}) or every so
 * many minutes from midnight ({@link Every}, {@code every: PT15M}).
 *
 * <p>Each time of each day is one <em>slot</em>, an instant. Days with a daylight-saving change
 * are handled as people expect of a wall clock:
 * <ul>
 *   <li>a time that does not exist that day (it falls in the hour the clocks skip) is due at
 *       the next valid instant, the moment the clocks jump;</li>
 *   <li>a time that exists twice (the hour the clocks repeat) is due once, at its first
 *       occurrence.</li>
 * </ul>
 * Several skipped times of one day fall on the same instant and so are one slot.
 *
 * <p>Lives in the configuration package because the {@code jobs} section is read before any
 * {@code Crm} exists and the configuration depends on no feature; the scheduled-work feature
 * ({@code io.crmkit.schedule}) asks it for the slots.
 */
public sealed interface JobSchedule permits JobSchedule.Daily, JobSchedule.Every {
    /** The longest interval of {@link Every}: one day. */
    Duration ONE_DAY = Duration.ofDays(1);

    /**
     * Due once a day at a wall-clock time.
     *
     * @param at the time, in whole minutes
     * @return the schedule
     * @throws IllegalArgumentException if the time has seconds or fractions
     */
    static JobSchedule daily(LocalTime at) {
        return new Daily(at);
    }

    /**
     * Due every so many minutes from midnight, wall clock.
     *
     * @param interval whole minutes, from one minute to one day, dividing a day evenly
     * @return the schedule
     * @throws IllegalArgumentException if the interval is not of that form
     */
    static JobSchedule every(Duration interval) {
        return new Every(interval);
    }

    /** {@return how many times of day this schedule has} */
    int timesPerDay();

    /**
     * One of the times of day, ascending by index.
     *
     * @param index from 0 to {@link #timesPerDay()} - 1
     * @return the time
     */
    LocalTime time(int index);

    /** {@return every time of day this schedule has, ascending} */
    default List<LocalTime> times() {
        List<LocalTime> out = new ArrayList<>(timesPerDay());
        for (int i = 0; i < timesPerDay(); i++) {
            out.add(time(i));
        }
        return List.copyOf(out);
    }

    /**
     * The latest slot at or before an instant: the due time of the run that should have happened
     * by then.
     *
     * @param now the instant
     * @param zone the deployment's zone
     * @return the slot, at or before {@code now}
     */
    default Instant latestAtOrBefore(Instant now, ZoneId zone) {
        Objects.requireNonNull(now, "now");
        // Slots grow with the local date-time they stand for, so the first one at or before now,
        // walking back from tomorrow, is the latest. Three days cover any offset change there is.
        LocalDate day = LocalDate.ofInstant(now, zone).plusDays(1);
        for (int d = 0; d < 4; d++, day = day.minusDays(1)) {
            for (int i = timesPerDay() - 1; i >= 0; i--) {
                Instant slot = slot(day, time(i), zone);
                if (!slot.isAfter(now)) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("no slot of " + this + " in the days before " + now + " in " + zone);
    }

    /**
     * The first slot after an instant: when the job is next due.
     *
     * @param now the instant
     * @param zone the deployment's zone
     * @return the slot, after {@code now}
     */
    default Instant nextAfter(Instant now, ZoneId zone) {
        Objects.requireNonNull(now, "now");
        LocalDate day = LocalDate.ofInstant(now, zone).minusDays(1);
        for (int d = 0; d < 4; d++, day = day.plusDays(1)) {
            for (int i = 0; i < timesPerDay(); i++) {
                Instant slot = slot(day, time(i), zone);
                if (slot.isAfter(now)) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("no slot of " + this + " in the days after " + now + " in " + zone);
    }

    /**
     * The instant a wall-clock time of a day stands for in a zone: the time itself where it
     * exists once; its first occurrence where the clocks repeat it; the moment the clocks jump
     * where they skip it.
     *
     * @param day the day
     * @param time the time of day
     * @param zone the zone
     * @return the instant
     */
    static Instant slot(LocalDate day, LocalTime time, ZoneId zone) {
        LocalDateTime local = day.atTime(time);
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        if (change != null && change.isGap()) {
            return change.getInstant();
        }
        // Outside a gap, atZone keeps the earlier offset of an overlap: the first occurrence.
        return local.atZone(zone).toInstant();
    }

    /**
     * Due once a day.
     *
     * @param at the wall-clock time, in whole minutes
     */
    record Daily(LocalTime at) implements JobSchedule {

        /**
         * Checks the time.
         *
         * @param at see {@link #at()}
         */
        public Daily {
            Objects.requireNonNull(at, "at");
            if (at.getSecond() != 0 || at.getNano() != 0) {
                throw new IllegalArgumentException("a daily time is in whole minutes, not " + at);
            }
        }

        @Override
        public int timesPerDay() {
            return 1;
        }

        @Override
        public LocalTime time(int index) {
            Objects.checkIndex(index, 1);
            return at;
        }

        /** {@return the configuration's form, e.g. {@code daily 02:00}} */
        @Override
        public String toString() {
            return "daily " + at;
        }
    }

    /**
     * Due every so many minutes of each day, counted from midnight wall clock: {@code PT6H} is
     * 00:00, 06:00, 12:00 and 18:00 every day, whatever the day's length.
     *
     * @param interval whole minutes, from one minute to one day, dividing a day evenly (so
     *        every day has the same times and no short interval at midnight)
     */
    record Every(Duration interval) implements JobSchedule {

        /**
         * Checks the interval.
         *
         * @param interval see {@link #interval()}
         */
        public Every {
            Objects.requireNonNull(interval, "interval");
            if (!dividesADay(interval)) {
                throw new IllegalArgumentException("an interval is whole minutes from PT1M to P1D dividing a day evenly,"
                        + " not " + interval);
            }
        }

        /**
         * Whether an interval is one {@link Every} accepts.
         *
         * @param interval the interval
         * @return whether it is whole minutes, from one minute to one day, and divides a day evenly
         */
        public static boolean dividesADay(Duration interval) {
            return interval.compareTo(Duration.ofMinutes(1)) >= 0 && interval.compareTo(ONE_DAY) <= 0
                    && interval.toSecondsPart() == 0 && interval.toNanosPart() == 0
                    && ONE_DAY.toMinutes() % interval.toMinutes() == 0;
        }

        @Override
        public int timesPerDay() {
            return (int) (ONE_DAY.toMinutes() / interval.toMinutes());
        }

        @Override
        public LocalTime time(int index) {
            Objects.checkIndex(index, timesPerDay());
            return LocalTime.MIDNIGHT.plusMinutes(index * interval.toMinutes());
        }

        /** {@return the configuration's form, e.g. {@code every PT15M}} */
        @Override
        public String toString() {
            return "every " + interval;
        }
    }
}
