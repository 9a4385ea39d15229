package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.access.Visibility;
import io.crmkit.config.JobSchedule;
import io.crmkit.config.JobSetting;
import io.crmkit.config.JobSettings;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.Customers;
import io.crmkit.kit.MovableClock;
import io.crmkit.schedule.JobRun;
import io.crmkit.schedule.JobRunStatus;
import io.crmkit.schedule.service.JobOptions;
import io.crmkit.schedule.service.JobReport;
import io.crmkit.schedule.service.JobRunner;
import io.crmkit.schedule.service.RunReport;
import io.crmkit.schedule.service.ScheduledJob;
import io.crmkit.schedule.service.TenantWork;
import io.crmkit.schedule.service.WorkPage;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Failures inside scheduled work, with jobs of the contract's own run by a {@link JobRunner}
 * built directly: an item whose work throws is stepped over and counted, its page's other items
 * done one by one (the failed page's writes rolled back); a job that cannot start fails its run,
 * which is not run again, while the next due time runs. Subclass it and implement {@link #storage()}.
 */
public abstract class JobFailureContract {
    private static final Instant START = ServiceFixtures.START;
    private static final String DONE = "scheduled";

    /** Creates the contract. */
    protected JobFailureContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Tags each customer it does; refuses those named "poison …". */
    private static final class Picky implements ScheduledJob {
        @Override
        public String name() {
            return "picky";
        }

        @Override
        public TenantWork begin(TenantId tenant, JobRun run) {
            return new TenantWork() {
                @Override
                public WorkPage page(StorageTransaction tx, Optional<String> after, int size) {
                    Page<Customer> page = tx.port(Customers.class).search(CustomerQuery.all(), Visibility.wholeTenant(), new PageRequest(size, after));
                    for (Customer c : page.items()) {
                        // Written before the refusal, so a failed page must roll this back.
                        tx.port(CustomerTags.class).replace(c.id(), DONE, Optional.of("yes"));
                        if (c.details().name().startsWith("poison")) {
                            throw new IllegalStateException("item refused");
                        }
                    }
                    return new WorkPage(page.items().size(), page.next());
                }

                @Override
                public Optional<String> skip(StorageTransaction tx, Optional<String> after) {
                    return tx.port(Customers.class).search(CustomerQuery.all(), Visibility.wholeTenant(), new PageRequest(1, after)).next();
                }
            };
        }
    }

    /** Cannot start. */
    private static final class Broken implements ScheduledJob {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public TenantWork begin(TenantId tenant, JobRun run) {
            throw new IllegalStateException("cannot start");
        }
    }

    private JobRunner runner(MovableClock clock, TenantId tenant, ScheduledJob... jobs) {
        JobSetting hourly = JobSetting.on(JobSchedule.every(Duration.ofHours(1)));
        JobSettings settings = new JobSettings(Map.of("picky", hourly, "broken", hourly));
        return new JobRunner(storage(), clock, ZoneOffset.UTC, settings, List.of(jobs),
                JobOptions.defaults().withOwner("failing").withPageSize(4).withTenants(tenant::equals));
    }

    private Set<CustomerId> tagged(TenantId tenant, List<CustomerId> ids) {
        return storage().inTransaction(tenant, tx -> {
            Map<CustomerId, List<Tag>> tags = tx.port(CustomerTags.class).of(ids);
            return Set.copyOf(ids.stream().filter(id -> tags.getOrDefault(id, List.of()).stream()
                    .anyMatch(t -> t.dimension().equals(DONE))).toList());
        });
    }

    @Test
    @DisplayName("an item that fails is stepped over and counted; the rest of its page is done one by one")
    void itemsThatFailAreSteppedOver() {
        TenantId tenant = ServiceFixtures.freshTenant();
        List<CustomerId> good = JobFixtures.customers(storage(), tenant, 9);
        List<Customer> poison = List.of(io.crmkit.kit.ContractFixtures.minimal("poison 1"),
                io.crmkit.kit.ContractFixtures.minimal("poison 2"));
        storage().inTransaction(tenant, tx -> {
            poison.forEach(c -> tx.port(Customers.class).insert(c));
            return null;
        });
        try (JobRunner runner = runner(MovableClock.at(START), tenant, new Picky())) {
            JobReport report = runner.runDue();
            assertThat(report.runs()).singleElement().satisfies(r -> {
                JobRun run = r.run();
                assertThat(run.status()).isEqualTo(JobRunStatus.FINISHED);
                assertThat(run.processed()).isEqualTo(9);
                assertThat(run.failed()).isEqualTo(2);
                assertThat(run.lastError()).contains("java.lang.IllegalStateException: item refused");
            });
            assertThat(report.failed()).isEqualTo(2);
        }
        assertThat(tagged(tenant, good)).containsExactlyInAnyOrderElementsOf(good);
        assertThat(tagged(tenant, poison.stream().map(Customer::id).toList())).as("rolled back").isEmpty();
    }

    @Test
    @DisplayName("a job that cannot start fails its run, which is not run again; the next due time runs")
    void aJobThatCannotStartFails() {
        TenantId tenant = ServiceFixtures.freshTenant();
        JobFixtures.customers(storage(), tenant, 2);
        MovableClock clock = MovableClock.at(START);
        try (JobRunner runner = runner(clock, tenant, new Broken(), new Picky())) {
            JobReport report = runner.runDue();
            assertThat(report.runs()).extracting(r -> r.run().job()).containsExactlyInAnyOrder("broken", "picky");
            RunReport broken = report.runs().stream().filter(r -> r.run().job().equals("broken")).findFirst().orElseThrow();
            assertThat(broken.run().status()).isEqualTo(JobRunStatus.FAILED);
            assertThat(broken.run().lastError()).contains("java.lang.IllegalStateException: cannot start");
            assertThat(broken.run().finishedAt()).contains(START);
            assertThat(runner.runDue().runs()).as("a failed due time is not retried").isEmpty();
            clock.advance(Duration.ofHours(1));
            assertThat(runner.runDue().runs()).extracting(r -> r.run().dueAt()).containsOnly(START.plus(Duration.ofHours(1)));
            assertThat(runner.runs(tenant, "broken", PageRequest.first(10)).items()).extracting(JobRun::status)
                    .containsExactly(JobRunStatus.FAILED, JobRunStatus.FAILED);
        }
    }
}
