package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The slots of a schedule across random zones and instants, near daylight-saving changes more
 * often than not: the next slot is after now and the latest at or before it, with no slot
 * between; a slot is at its configured wall-clock time unless that time does not exist that day,
 * and then it is the moment the clocks jump over it; and walking from slot to slot never meets a
 * wall-clock time twice (a repeated hour runs once).
 */
class JobScheduleProperties {
    private static final List<ZoneId> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds()).stream().map(ZoneId::of).toList();
    private static final Instant FROM = Instant.parse("1960-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2090-01-01T00:00:00Z");

    /** A zone and an instant, half the time within two days of one of the zone's offset changes. */
    record Moment(ZoneId zone, Instant now) {
    }

    @Provide
    Arbitrary<Moment> moments() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<Long> nearby = Arbitraries.longs().between(-2 * 86_400L, 2 * 86_400L);
        return Combinators.combine(zones, anywhere, nearby, Arbitraries.of(true, false)).as((zone, at, offset, near) -> {
            if (near) {
                ZoneOffsetTransition change = zone.getRules().nextTransition(at);
                if (change != null && change.getInstant().isBefore(TO)) {
                    return new Moment(zone, change.getInstant().plusSeconds(offset));
                }
            }
            return new Moment(zone, at);
        });
    }

    @Provide
    Arbitrary<JobSchedule> schedules() {
        Arbitrary<JobSchedule> daily = Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(m -> JobSchedule.daily(LocalTime.MIDNIGHT.plusMinutes(m)));
        List<Duration> dividers = IntStream.rangeClosed(1, 1440).filter(m -> 1440 % m == 0)
                .mapToObj(Duration::ofMinutes).filter(d -> d.toMinutes() >= 10).toList();
        Arbitrary<JobSchedule> every = Arbitraries.of(dividers).map(JobSchedule::every);
        return Arbitraries.integers().between(0, 3).flatMap(i -> i == 0 ? every : daily);
    }

    @Property(tries = 1000)
    void theNextSlotIsAfterNowTheLatestAtOrBeforeItAndNoneBetween(@ForAll("moments") Moment m,
                                                                  @ForAll("schedules") JobSchedule schedule) {
        Instant next = schedule.nextAfter(m.now(), m.zone());
        Instant latest = schedule.latestAtOrBefore(m.now(), m.zone());
        assertThat(next).isAfter(m.now());
        assertThat(latest).isBeforeOrEqualTo(m.now());
        assertThat(schedule.latestAtOrBefore(next.minusNanos(1), m.zone())).as("no slot between now and the next")
                .isBeforeOrEqualTo(m.now());
        assertThat(schedule.nextAfter(latest, m.zone())).isEqualTo(next);
        assertThat(schedule.latestAtOrBefore(next, m.zone())).isEqualTo(next);
    }

    @Property(tries = 1000)
    void aSlotIsAtItsWallClockTimeUnlessTheClocksSkipIt(@ForAll("moments") Moment m,
                                                       @ForAll("schedules") JobSchedule schedule) {
        Instant next = schedule.nextAfter(m.now(), m.zone());
        ZonedDateTime local = next.atZone(m.zone());
        if (schedule.times().contains(local.toLocalTime())) {
            // At the configured time, and at its first occurrence where the clocks repeat it.
            Instant first = local.toLocalDateTime().atZone(m.zone()).withEarlierOffsetAtOverlap().toInstant();
            assertThat(next).isEqualTo(first);
            return;
        }
        // Otherwise a configured time of that day or the one before does not exist, and the slot is
        // the moment the clocks jump over it.
        Optional<ZoneOffsetTransition> skipped = skippedBy(m.zone().getRules(), schedule, local.toLocalDate(), next);
        assertThat(skipped).as("the slot %s (%s) is at a configured time or at a gap", next, local).isPresent();
    }

    private static Optional<ZoneOffsetTransition> skippedBy(ZoneRules rules, JobSchedule schedule, LocalDate day,
                                                            Instant slot) {
        for (LocalDate d : List.of(day, day.minusDays(1))) {
            for (LocalTime t : schedule.times()) {
                ZoneOffsetTransition change = rules.getTransition(LocalDateTime.of(d, t));
                if (change != null && change.isGap() && change.getInstant().equals(slot)) {
                    return Optional.of(change);
                }
            }
        }
        return Optional.empty();
    }

    @Property(tries = 300)
    void walkingFromSlotToSlotNeverMeetsAWallClockTimeTwice(@ForAll("moments") Moment m,
                                                           @ForAll("schedules") JobSchedule schedule) {
        Set<LocalDateTime> seen = new HashSet<>();
        Instant at = m.now().minus(Duration.ofDays(1));
        Instant end = m.now().plus(Duration.ofDays(2));
        while (at.isBefore(end)) {
            Instant next = schedule.nextAfter(at, m.zone());
            assertThat(next).isAfter(at);
            LocalDateTime wallClock = LocalDateTime.ofInstant(next, m.zone());
            assertThat(seen.add(wallClock)).as("%s in %s is a slot twice", wallClock, m.zone()).isTrue();
            at = next;
        }
    }
}
