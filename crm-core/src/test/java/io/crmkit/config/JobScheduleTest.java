package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Examples of the slots of a schedule, the daylight-saving days of Europe/Berlin among them. */
class JobScheduleTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void dailyInAZoneWithoutDaylightSaving() {
        JobSchedule daily = JobSchedule.daily(LocalTime.of(2, 0));
        assertThat(daily.latestAtOrBefore(at("2026-11-23T08:00:00Z"), SHANGHAI)).isEqualTo(at("2026-11-22T18:00:00Z"));
        assertThat(daily.nextAfter(at("2026-11-23T08:00:00Z"), SHANGHAI)).isEqualTo(at("2026-11-23T18:00:00Z"));
        assertThat(daily.latestAtOrBefore(at("2026-11-23T18:00:00Z"), SHANGHAI)).as("at the slot itself")
                .isEqualTo(at("2026-11-23T18:00:00Z"));
        assertThat(daily.nextAfter(at("2026-11-23T18:00:00Z"), SHANGHAI)).isEqualTo(at("2026-11-24T18:00:00Z"));
    }

    @Test
    @DisplayName("a time the clocks skip is due when they jump; a time they repeat is due at its first occurrence only")
    void daylightSavingDays() {
        JobSchedule daily = JobSchedule.daily(LocalTime.of(2, 30));
        // 2026-03-29: 02:00 CET becomes 03:00 CEST (01:00Z).
        assertThat(daily.nextAfter(at("2026-03-28T12:00:00Z"), BERLIN)).isEqualTo(at("2026-03-29T01:00:00Z"));
        assertThat(daily.nextAfter(at("2026-03-29T01:00:00Z"), BERLIN)).isEqualTo(at("2026-03-30T00:30:00Z"));
        // 2026-10-25: 03:00 CEST becomes 02:00 CET (01:00Z); 02:30 happens at 00:30Z and at 01:30Z.
        assertThat(daily.nextAfter(at("2026-10-24T12:00:00Z"), BERLIN)).isEqualTo(at("2026-10-25T00:30:00Z"));
        assertThat(daily.nextAfter(at("2026-10-25T00:30:00Z"), BERLIN)).as("not again at 01:30Z")
                .isEqualTo(at("2026-10-26T01:30:00Z"));
        assertThat(daily.latestAtOrBefore(at("2026-10-25T01:45:00Z"), BERLIN)).isEqualTo(at("2026-10-25T00:30:00Z"));
    }

    @Test
    @DisplayName("every hour: the skipped hour's slots are one instant, the repeated hour's run once")
    void everyHourOnDaylightSavingDays() {
        JobSchedule hourly = JobSchedule.every(Duration.ofHours(1));
        assertThat(hourly.timesPerDay()).isEqualTo(24);
        // 01:00 CET (00:00Z), then 02:00 does not exist: 03:00 CEST (01:00Z) is the next slot.
        assertThat(hourly.nextAfter(at("2026-03-29T00:00:00Z"), BERLIN)).isEqualTo(at("2026-03-29T01:00:00Z"));
        assertThat(hourly.nextAfter(at("2026-03-29T01:00:00Z"), BERLIN)).isEqualTo(at("2026-03-29T02:00:00Z"));
        // 02:00 CEST (00:00Z), then 02:00 CET (01:00Z) is skipped: 03:00 CET (02:00Z).
        assertThat(hourly.nextAfter(at("2026-10-25T00:00:00Z"), BERLIN)).isEqualTo(at("2026-10-25T02:00:00Z"));
        assertThat(hourly.latestAtOrBefore(at("2026-10-25T01:59:00Z"), BERLIN)).isEqualTo(at("2026-10-25T00:00:00Z"));
    }

    @Test
    void everyCountsFromMidnightWallClock() {
        JobSchedule quarter = JobSchedule.every(Duration.ofMinutes(15));
        assertThat(quarter.timesPerDay()).isEqualTo(96);
        assertThat(quarter.times()).startsWith(LocalTime.MIDNIGHT, LocalTime.of(0, 15)).endsWith(LocalTime.of(23, 45));
        assertThat(quarter.nextAfter(at("2026-11-23T08:07:00Z"), SHANGHAI)).isEqualTo(at("2026-11-23T08:15:00Z"));
        assertThat(JobSchedule.every(Duration.ofDays(1)).times()).containsExactly(LocalTime.MIDNIGHT);
        assertThat(JobSchedule.every(Duration.ofHours(6)).toString()).isEqualTo("every PT6H");
        assertThat(JobSchedule.daily(LocalTime.of(2, 0)).toString()).isEqualTo("daily 02:00");
    }

    @Test
    void refusesWhatIsNotASchedule() {
        assertThatThrownBy(() -> JobSchedule.daily(LocalTime.of(2, 0, 30))).isInstanceOf(IllegalArgumentException.class);
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofSeconds(90), Duration.ofMinutes(7), Duration.ofDays(2),
                Duration.ofHours(5), Duration.ofMinutes(-15)}) {
            assertThatThrownBy(() -> JobSchedule.every(bad)).as(bad.toString()).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
