package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.kit.MovableClock;
import io.crmkit.schedule.JobRun;
import io.crmkit.schedule.JobRunStatus;
import io.crmkit.schedule.service.JobOptions;
import io.crmkit.schedule.service.JobReport;
import io.crmkit.schedule.service.JobRunner;
import io.crmkit.schedule.service.RunReport;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scheduled work end to end on the adapter under test: runs are due at the configured
 * wall-clock times of the deployment's zone (daylight-saving days included), a due time runs
 * once per tenant with customers, a disabled job never runs, each run is recorded, and the
 * built-in loop runs and stops. Time is a {@link MovableClock}, never waited for (the loop's
 * test waits for an outcome, not for a time). Subclass it and implement {@link #storage()}.
 */
public abstract class ScheduledJobsContract {
    /** 2026-11-23T16:00 in Asia/Shanghai, the default zone. */
    private static final Instant START = ServiceFixtures.START;

    /** Creates the contract. */
    protected ScheduledJobsContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses fresh tenants, and
     * its runners work for those only.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    private TenantId tenantWith(int customers) {
        TenantId tenant = ServiceFixtures.freshTenant();
        JobFixtures.customers(storage(), tenant, customers);
        return tenant;
    }

    private static List<Instant> dueTimes(JobReport report) {
        return report.runs().stream().map(r -> r.run().dueAt()).toList();
    }

    @Test
    @DisplayName("runs every hour on the hour with 'every: PT1H', each due time once, and records each run")
    void everyHour() {
        MovableClock clock = MovableClock.at(START.plus(Duration.ofMinutes(30)));
        Crm crm = JobFixtures.crm(storage(), clock, "jobs: {reclassification: {every: PT1H}}");
        TenantId tenant = tenantWith(3);
        try (JobRunner runner = JobFixtures.runner(crm, "hourly", Set.of(tenant))) {
            JobReport first = runner.runDue();
            assertThat(dueTimes(first)).containsExactly(START);
            JobRun run = first.runs().get(0).run();
            assertThat(run.status()).isEqualTo(JobRunStatus.FINISHED);
            assertThat(run.processed()).isEqualTo(3);
            assertThat(run.failed()).isZero();
            assertThat(run.attempt()).isEqualTo(1);
            assertThat(run.owner()).isEqualTo("hourly");
            assertThat(run.startedAt()).isEqualTo(clock.instant());
            assertThat(run.finishedAt()).contains(clock.instant());
            assertThat(run.leaseUntil()).isEmpty();
            assertThat(run.lastError()).isEmpty();
            assertThat(first.processed()).isEqualTo(3);
            assertThat(first.runs().get(0).resumed()).isFalse();
            assertThat(runner.nextDue("reclassification")).contains(START.plus(Duration.ofHours(1)));

            clock.advance(Duration.ofMinutes(29).plusSeconds(59));
            assertThat(runner.runDue().runs()).as("the 16:00 run is done; 17:00 is not due yet").isEmpty();
            clock.advance(Duration.ofSeconds(1));
            assertThat(dueTimes(runner.runDue())).containsExactly(START.plus(Duration.ofHours(1)));

            clock.advance(Duration.ofHours(5));
            assertThat(dueTimes(runner.runDue())).as("after a pause only the latest due time runs")
                    .containsExactly(START.plus(Duration.ofHours(6)));
            assertThat(JobFixtures.runs(runner, tenant)).extracting(JobRun::dueAt).containsExactly(
                    START.plus(Duration.ofHours(6)), START.plus(Duration.ofHours(1)), START);
        }
    }

    @Test
    @DisplayName("runs daily at 02:00 in the deployment's zone by default")
    void dailyByDefault() {
        // 2026-11-23T16:00+08:00: the latest 02:00 in Shanghai was 2026-11-23T02:00+08:00.
        Instant today2am = Instant.parse("2026-11-22T18:00:00Z");
        MovableClock clock = MovableClock.at(START);
        Crm crm = JobFixtures.crm(storage(), clock, "");
        TenantId tenant = tenantWith(1);
        try (JobRunner runner = JobFixtures.runner(crm, "daily", Set.of(tenant))) {
            assertThat(dueTimes(runner.runDue())).containsExactly(today2am);
            assertThat(runner.nextDue("reclassification")).contains(today2am.plus(Duration.ofDays(1)));
            clock.advance(Duration.between(START, today2am.plus(Duration.ofDays(1))).minusNanos(1000));
            assertThat(runner.runDue().runs()).isEmpty();
            clock.advance(Duration.ofNanos(1000));
            assertThat(dueTimes(runner.runDue())).containsExactly(today2am.plus(Duration.ofDays(1)));
        }
    }

    @Test
    @DisplayName("on daylight-saving days a skipped time runs when the clocks jump, a repeated one runs once")
    void daylightSaving() {
        // Europe/Berlin in 2027: 02:00 CET becomes 03:00 CEST on 28 March, 03:00 CEST becomes 02:00 CET on 31 October.
        MovableClock clock = MovableClock.at(Instant.parse("2027-03-27T12:00:00Z"));
        Crm crm = JobFixtures.crm(storage(), clock, """
                locale: {zone: Europe/Berlin}
                jobs: {reclassification: {daily: "02:30"}}
                """);
        TenantId tenant = tenantWith(1);
        try (JobRunner runner = JobFixtures.runner(crm, "berlin", Set.of(tenant))) {
            assertThat(dueTimes(runner.runDue())).containsExactly(Instant.parse("2027-03-27T01:30:00Z"));
            Instant jump = Instant.parse("2027-03-28T01:00:00Z");
            assertThat(runner.nextDue("reclassification")).contains(jump);
            clock.advance(Duration.between(clock.instant(), jump).minusSeconds(1));
            assertThat(runner.runDue().runs()).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            assertThat(dueTimes(runner.runDue())).as("02:30 does not exist: due at 03:00 CEST").containsExactly(jump);

            Instant firstOccurrence = Instant.parse("2027-10-31T00:30:00Z");
            clock.advance(Duration.between(clock.instant(), firstOccurrence));
            assertThat(dueTimes(runner.runDue())).as("02:30 CEST").containsExactly(firstOccurrence);
            clock.advance(Duration.ofHours(1));
            assertThat(runner.runDue().runs()).as("02:30 CET, the same wall-clock time again").isEmpty();
            assertThat(runner.nextDue("reclassification")).contains(Instant.parse("2027-11-01T01:30:00Z"));
        }
    }

    @Test
    @DisplayName("a disabled job never runs and has no next due time")
    void disabled() {
        MovableClock clock = MovableClock.at(START);
        Crm crm = JobFixtures.crm(storage(), clock, "jobs: {reclassification: {enabled: false, every: PT1H}}");
        TenantId tenant = tenantWith(2);
        try (JobRunner runner = JobFixtures.runner(crm, "off", Set.of(tenant))) {
            assertThat(runner.runDue().runs()).isEmpty();
            clock.advance(Duration.ofDays(3));
            assertThat(runner.runDue().runs()).isEmpty();
            assertThat(runner.nextDue("reclassification")).isEmpty();
            assertThat(JobFixtures.runs(runner, tenant)).isEmpty();
        }
    }

    @Test
    @DisplayName("runs for every tenant with customers, and for no tenant without")
    void everyTenantWithCustomers() {
        MovableClock clock = MovableClock.at(START);
        Crm crm = JobFixtures.crm(storage(), clock, "");
        TenantId a = tenantWith(2);
        TenantId b = tenantWith(1);
        TenantId c = tenantWith(4);
        TenantId none = ServiceFixtures.freshTenant();
        try (JobRunner runner = JobFixtures.runner(crm, "all", Set.of(a, b, c, none))) {
            JobReport report = runner.runDue();
            assertThat(report.runs()).extracting(RunReport::tenant).containsExactlyInAnyOrder(a, b, c);
            assertThat(report.runs()).allSatisfy(r -> assertThat(r.run().status()).isEqualTo(JobRunStatus.FINISHED));
            assertThat(report.processed()).isEqualTo(7);
            assertThat(JobFixtures.runs(runner, none)).isEmpty();
            assertThat(JobFixtures.runs(runner, c)).singleElement().satisfies(r -> assertThat(r.processed()).isEqualTo(4));
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("the built-in loop runs what is due and stops when closed")
    void loop() throws InterruptedException {
        MovableClock clock = MovableClock.at(START);
        Crm crm = JobFixtures.crm(storage(), clock, "");
        TenantId tenant = tenantWith(2);
        JobRunner runner = crm.jobs(JobOptions.defaults().withOwner("looping")
                .withPollInterval(Duration.ofMillis(20)).withTenants(tenant::equals));
        try {
            runner.start();
            assertThatThrownBy(runner::start).isInstanceOf(IllegalStateException.class);
            Optional<JobRun> done = Optional.empty();
            // Waits for the outcome, not for a time: the timeout only bounds a hang.
            while (done.isEmpty()) {
                TimeUnit.MILLISECONDS.sleep(10);
                done = JobFixtures.runs(runner, tenant).stream().filter(r -> r.status() == JobRunStatus.FINISHED).findFirst();
            }
            assertThat(done.get().owner()).isEqualTo("looping");
            assertThat(done.get().processed()).isEqualTo(2);
        } finally {
            runner.close();
        }
        runner.close();
        assertThatThrownBy(runner::runDue).isInstanceOf(IllegalStateException.class);
        assertThat(JobFixtures.runs(crm.jobs(), tenant)).hasSize(1);
    }
}
