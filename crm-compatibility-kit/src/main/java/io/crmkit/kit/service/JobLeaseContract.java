package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.customer.CustomerId;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several host instances running scheduled jobs over one storage: racing instances run each due
 * time of each tenant once between them; an instance that dies in the middle of a run leaves it
 * to its lease, after which another instance takes it over and resumes after the last recorded
 * page, doing no page twice. Instances are separate {@link Crm}s; time is a shared
 * {@link MovableClock}. Subclass it and implement {@link #storage()}.
 */
public abstract class JobLeaseContract {
    private static final Instant START = ServiceFixtures.START;
    private static final int INSTANCES = 4;

    /** Creates the contract. */
    protected JobLeaseContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses fresh tenants.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    @Test
    @Timeout(180)
    @DisplayName("instances racing through runDue() run each tenant's due time once between them")
    void racingInstances() throws Exception {
        MovableClock clock = MovableClock.at(START);
        Set<TenantId> tenants = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            TenantId t = ServiceFixtures.freshTenant();
            JobFixtures.customers(storage(), t, 3);
            tenants.add(t);
        }
        List<JobRunner> runners = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            runners.add(JobFixtures.runner(JobFixtures.crm(storage(), clock, ""), "instance-" + i, tenants));
        }
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        try {
            for (int round = 0; round < 2; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<JobReport>> futures = new ArrayList<>();
                for (JobRunner r : runners) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return r.runDue();
                    }));
                }
                start.countDown();
                List<RunReport> ran = new ArrayList<>();
                for (Future<JobReport> f : futures) {
                    ran.addAll(f.get(120, TimeUnit.SECONDS).runs());
                }
                assertThat(ran).as("round " + round).extracting(RunReport::tenant)
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tenants);
                assertThat(ran).allSatisfy(r -> {
                    assertThat(r.run().status()).isEqualTo(JobRunStatus.FINISHED);
                    assertThat(r.run().processed()).isEqualTo(3);
                    assertThat(r.run().attempt()).isEqualTo(1);
                });
                for (TenantId t : tenants) {
                    assertThat(JobFixtures.runs(runners.get(0), t)).as("one run per due time").hasSize(round + 1);
                }
                for (JobRunner r : runners) {
                    assertThat(r.runDue().runs()).as("nothing left to run").isEmpty();
                }
                clock.advance(Duration.ofDays(1));
            }
        } finally {
            pool.shutdownNow();
            runners.forEach(JobRunner::close);
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("a run abandoned by a dead instance is taken over after its lease and resumed after its last page")
    void crashAndResume() {
        MovableClock clock = MovableClock.at(START);
        TenantId tenant = ServiceFixtures.freshTenant();
        List<CustomerId> customers = JobFixtures.customers(storage(), tenant, 7);
        // The claim asks for the run port once, every page once: the third ask is the second page.
        Crm dying = JobFixtures.crm(CrashingStorage.crashingAt(storage(), 3), clock, "");
        Crm healthy = JobFixtures.crm(storage(), clock, "");
        try (JobRunner dead = dying.jobs(JobOptions.defaults().withOwner("dies")
                .withLease(JobFixtures.LEASE).withPageSize(3).withTenants(tenant::equals));
             JobRunner survivor = healthy.jobs(JobOptions.defaults().withOwner("survives")
                     .withLease(JobFixtures.LEASE).withPageSize(3).withTenants(tenant::equals))) {
            assertThatThrownBy(dead::runDue).isInstanceOf(CrashingStorage.SimulatedCrash.class);
            JobRun abandoned = JobFixtures.runs(survivor, tenant).get(0);
            assertThat(abandoned.status()).isEqualTo(JobRunStatus.RUNNING);
            assertThat(abandoned.owner()).isEqualTo("dies");
            assertThat(abandoned.processed()).as("the first page is recorded, the second rolled back").isEqualTo(3);
            assertThat(abandoned.resumeAfter()).isPresent();
            assertThat(abandoned.leaseUntil()).contains(START.plus(JobFixtures.LEASE));

            assertThat(survivor.runDue().runs()).as("the lease still holds").isEmpty();
            clock.advance(JobFixtures.LEASE.minusNanos(1000));
            assertThat(survivor.runDue().runs()).as("the lease still holds").isEmpty();
            clock.advance(Duration.ofNanos(1000));

            JobReport resumed = survivor.runDue();
            assertThat(resumed.runs()).singleElement().satisfies(r -> {
                assertThat(r.resumed()).isTrue();
                assertThat(r.run().dueAt()).isEqualTo(abandoned.dueAt());
                assertThat(r.run().status()).isEqualTo(JobRunStatus.FINISHED);
                assertThat(r.run().owner()).isEqualTo("survives");
                assertThat(r.run().attempt()).isEqualTo(2);
                assertThat(r.run().processed()).as("3 before the crash, 4 after: no page twice").isEqualTo(7);
                assertThat(r.run().startedAt()).isEqualTo(START);
            });
            for (CustomerId id : customers) {
                assertThat(JobFixtures.classifiedEntries(healthy, tenant, id)).as("classified once").hasSize(1);
            }
            assertThat(survivor.runDue().runs()).isEmpty();
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("a runner closed in the middle of a run gives its lease up, and another instance resumes at once")
    void closeReleasesTheLease() {
        MovableClock clock = MovableClock.at(START);
        TenantId tenant = ServiceFixtures.freshTenant();
        JobFixtures.customers(storage(), tenant, 5);
        // The runner is closed from inside its first page (as a host's shutdown hook would, concurrently):
        // the second ask for the run port is that page's record.
        JobRunner[] closing = new JobRunner[1];
        Crm first = JobFixtures.crm(new CrashingStorage(storage(), 2, () -> closing[0].close()), clock, "");
        Crm second = JobFixtures.crm(storage(), clock, "");
        closing[0] = first.jobs(JobOptions.defaults().withOwner("closes").withPageSize(2)
                .withTenants(tenant::equals));
        JobReport partial = closing[0].runDue();
        assertThat(partial.runs()).singleElement().satisfies(r -> {
            assertThat(r.run().status()).isEqualTo(JobRunStatus.RUNNING);
            assertThat(r.run().processed()).isEqualTo(2);
            assertThat(r.run().leaseUntil()).contains(START);
        });
        try (JobRunner next = JobFixtures.runner(second, "next", Set.of(tenant))) {
            assertThat(next.runDue().runs()).singleElement().satisfies(r -> {
                assertThat(r.resumed()).isTrue();
                assertThat(r.run().processed()).isEqualTo(5);
                assertThat(r.run().status()).isEqualTo(JobRunStatus.FINISHED);
            });
        }
    }
}
