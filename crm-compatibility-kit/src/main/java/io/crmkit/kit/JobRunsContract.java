package io.crmkit.kit;

import static io.crmkit.kit.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.access.Visibility;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.Customers;
import io.crmkit.schedule.JobRun;
import io.crmkit.schedule.JobRunStatus;
import io.crmkit.schedule.JobRuns;
import io.crmkit.schedule.JobTenants;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@link JobRuns} and {@link JobTenants} ports: claims are leases that one caller gets and
 * others do not while they hold, an ended lease is taken over with the progress kept, a run is
 * recorded only by the owner of its current attempt, a finished or failed run is never handed
 * out again, listings page by keyset; racing claimers get one winner. Times are given, never
 * waited for. Subclass it and implement {@link #storage()}.
 */
public abstract class JobRunsContract {
    private static final String JOB = "contract_job";
    private static final Instant DUE = T0.minusSeconds(3600);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int RACERS = 4;
    private TenantScope scope;

    /** Creates the contract. */
    protected JobRunsContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses fresh tenants.
     *
     * @return the storage; the contract never closes it
     */
    protected abstract Storage storage();

    @BeforeEach
    void freshTenant() {
        scope = TenantScope.fresh(storage());
    }

    private <T> T runs(Function<JobRuns, T> work) {
        return scope.tx(tx -> work.apply(tx.port(JobRuns.class)));
    }

    private Optional<JobRun> claim(String owner, Instant now) {
        return claimAt(DUE, owner, now);
    }

    private Optional<JobRun> claimAt(Instant due, String owner, Instant now) {
        return runs(r -> r.claim(JOB, due, owner, now, now.plus(LEASE)));
    }

    private Optional<JobRun> find(String job, Instant due) {
        return runs(r -> r.find(job, due));
    }

    private boolean update(JobRun run) {
        return runs(r -> r.update(run));
    }

    private Page<JobRun> list(String job, PageRequest page) {
        return runs(r -> r.runs(job, page));
    }

    @Test
    @DisplayName("a first claim creates the run: running, attempt 1, nothing done, leased to the claimer")
    void firstClaim() {
        JobRun run = claim("a", T0).orElseThrow();
        assertThat(run).isEqualTo(JobRun.claimed(JOB, DUE, "a", T0, T0.plus(LEASE)));
        assertThat(find(JOB, DUE)).contains(run);
        assertThat(find(JOB, DUE.plusSeconds(60))).isEmpty();
        assertThat(find("other_job", DUE)).isEmpty();
    }

    @Test
    @DisplayName("a held run is not handed out until its lease ends; then it is taken over with its progress")
    void leaseHoldsThenIsTakenOver() {
        JobRun first = claim("a", T0).orElseThrow();
        JobRun progressed = first.advanced(200, 1, "cursor-1", T0.plusSeconds(10).plus(LEASE), Optional.of("boom"));
        assertThat(update(progressed)).isTrue();
        Instant leaseEnd = T0.plusSeconds(10).plus(LEASE);
        assertThat(claim("b", T0.plusSeconds(10))).isEmpty();
        assertThat(claim("b", leaseEnd.minusNanos(1000))).isEmpty();
        assertThat(claim("a", leaseEnd.minusNanos(1000))).as("not even for the owner itself").isEmpty();

        JobRun taken = claim("b", leaseEnd).orElseThrow();
        assertThat(taken).isEqualTo(progressed.takenOver("b", leaseEnd.plus(LEASE)));
        assertThat(taken.attempt()).isEqualTo(2);
        assertThat(taken.resumeAfter()).contains("cursor-1");
        assertThat(taken.processed()).isEqualTo(200);
        assertThat(taken.startedAt()).isEqualTo(T0);

        assertThat(update(progressed.finished(10, 0, leaseEnd, Optional.empty())))
                .as("the old owner's record is refused").isFalse();
        JobRun done = taken.finished(50, 0, leaseEnd.plusSeconds(1), Optional.empty());
        assertThat(update(done)).isTrue();
        assertThat(find(JOB, DUE)).contains(done);
        assertThat(done.processed()).isEqualTo(250);
        assertThat(done.lastError()).contains("boom");
    }

    @Test
    @DisplayName("a finished or failed run is never handed out again, and takes no further record")
    void endedRunsStayEnded() {
        JobRun run = claim("a", T0).orElseThrow();
        JobRun finished = run.finished(3, 0, T0.plusSeconds(1), Optional.empty());
        assertThat(update(finished)).isTrue();
        assertThat(claim("b", T0.plus(Duration.ofDays(400)))).isEmpty();
        assertThat(update(run.advanced(1, 0, "c", T0.plus(LEASE), Optional.empty()))).isFalse();
        assertThat(find(JOB, DUE)).contains(finished);

        Instant otherDue = DUE.plusSeconds(60);
        JobRun other = runs(r -> r.claim(JOB, otherDue, "a", T0, T0.plus(LEASE))).orElseThrow();
        JobRun failed = other.failedWith(T0.plusSeconds(2), "java.lang.IllegalStateException: broken");
        assertThat(update(failed)).isTrue();
        assertThat(claimAt(otherDue, "b", T0.plus(Duration.ofDays(400)))).isEmpty();
        assertThat(find(JOB, otherDue)).contains(failed);
        assertThat(failed.finishedAt()).contains(T0.plusSeconds(2));
        assertThat(failed.leaseUntil()).isEmpty();
    }

    @Test
    @DisplayName("a released lease can be taken over at once")
    void releasedLease() {
        JobRun run = claim("a", T0).orElseThrow();
        assertThat(update(run.released(T0.plusSeconds(1)))).isTrue();
        assertThat(claim("b", T0.plusSeconds(1))).hasValueSatisfying(r -> assertThat(r.attempt()).isEqualTo(2));
    }

    @Test
    @DisplayName("a record of another owner or attempt, or of a run never claimed, changes nothing")
    void recordsOnlyByTheOwner() {
        JobRun run = claim("a", T0).orElseThrow();
        JobRun stranger = new JobRun(JOB, DUE, JobRunStatus.RUNNING, "b", 1, Optional.of(T0.plus(LEASE)), T0,
                Optional.empty(), 5, 0, Optional.of("x"), Optional.empty());
        assertThat(update(stranger)).isFalse();
        JobRun laterAttempt = new JobRun(JOB, DUE, JobRunStatus.RUNNING, "a", 2, Optional.of(T0.plus(LEASE)), T0,
                Optional.empty(), 5, 0, Optional.of("x"), Optional.empty());
        assertThat(update(laterAttempt)).isFalse();
        assertThat(update(JobRun.claimed(JOB, DUE.minusSeconds(60), "a", T0, T0.plus(LEASE)))).isFalse();
        assertThat(find(JOB, DUE)).contains(run);
    }

    @Test
    @DisplayName("a claim in a transaction that rolls back leaves no run")
    void claimRollsBack() {
        assertThatThrownBy(() -> scope.tx(tx -> {
            tx.port(JobRuns.class).claim(JOB, DUE, "a", T0, T0.plus(LEASE));
            throw new IllegalStateException("abandoned");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(find(JOB, DUE)).isEmpty();
        assertThat(claim("b", T0)).isPresent();
    }

    @Test
    @DisplayName("each tenant has its own runs of the same job and due time")
    void tenantsApart() {
        TenantScope other = TenantScope.fresh(storage());
        assertThat(claim("a", T0)).isPresent();
        Optional<JobRun> theirs = other.tx(tx -> tx.port(JobRuns.class).claim(JOB, DUE, "b", T0, T0.plus(LEASE)));
        assertThat(theirs).isPresent();
        assertThat(other.tx(tx -> tx.port(JobRuns.class).runs(JOB, PageRequest.first(10))).items())
                .singleElement().satisfies(r -> assertThat(r.owner()).isEqualTo("b"));
    }

    @Test
    @DisplayName("lists a job's runs latest due time first, in keyset pages")
    void listsRunsLatestFirst() {
        List<Instant> dues = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant due = DUE.minus(Duration.ofDays(i));
            dues.add(due);
            runs(r -> r.claim(JOB, due, "a", T0, T0.plus(LEASE)));
        }
        runs(r -> r.claim("another_job", DUE, "a", T0, T0.plus(LEASE)));
        List<Instant> listed = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            PageRequest request = new PageRequest(3, cursor);
            Page<JobRun> page = list(JOB, request);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
            page.items().forEach(r -> listed.add(r.dueAt()));
            cursor = page.next();
        } while (cursor.isPresent());
        assertThat(listed).containsExactlyElementsOf(dues);
        assertThatThrownBy(() -> list(JOB, PageRequest.after(3, Cursor.of("not a time").encode())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("lists every tenant with customers once, in keyset pages, and no tenant without")
    void listsTenantsWithCustomers() {
        // Ids with a common random prefix: a listing from the prefix on reaches them first, however
        // many tenants other tests left in a shared storage.
        String prefix = "t" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<TenantId> withCustomers = new ArrayList<>();
        for (String suffix : List.of("-a", "-b", "-c")) {
            TenantScope t = new TenantScope(storage(), TenantId.of(prefix + suffix));
            t.insert(ContractFixtures.minimal("first customer"), ContractFixtures.minimal("second customer"));
            withCustomers.add(t.tenant());
        }
        TenantScope empty = new TenantScope(storage(), TenantId.of(prefix + "-d"));
        long none = empty.tx(tx -> tx.port(Customers.class).count(CustomerQuery.all(), Visibility.wholeTenant()));
        assertThat(none).isZero();
        List<TenantId> listed = new ArrayList<>();
        Optional<String> cursor = Optional.of(Cursor.of(prefix).encode());
        for (int pages = 0; pages < 3 && cursor.isPresent(); pages++) {
            PageRequest request = new PageRequest(2, cursor);
            Page<TenantId> page = scope.tx(tx -> tx.port(JobTenants.class).withCustomers(request));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            listed.addAll(page.items());
            cursor = page.next();
        }
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(listed.stream().filter(t -> t.value().startsWith(prefix)).toList())
                .containsExactlyInAnyOrderElementsOf(withCustomers);
        assertThat(scope.tx(tx -> tx.port(JobTenants.class).withCustomers(PageRequest.first(1))).items()).hasSize(1);
        assertThatThrownBy(() -> scope.tx(tx -> tx.port(JobTenants.class)
                .withCustomers(PageRequest.after(2, Cursor.of("not a tenant!").encode()))))
                .isInstanceOf(ValidationException.class);
    }

    /** Runs the racers together (released by one latch); a {@link ConflictException} counts as a lost race. */
    private List<Optional<JobRun>> race(Callable<Optional<JobRun>> racer) throws Exception {
        return AtOnce.run(RACERS, i -> () -> {
            try {
                return racer.call();
            } catch (ConflictException e) {
                return Optional.<JobRun>empty();
            }
        });
    }

    @Test
    @Timeout(120)
    @DisplayName("of instances racing to claim a new run, exactly one gets it")
    void racingFirstClaims() throws Exception {
        for (int round = 0; round < 5; round++) {
            Instant due = DUE.plusSeconds(60L * round);
            List<Optional<JobRun>> claims = race(() -> {
                String me = "i-" + Thread.currentThread().getId();
                return runs(r -> r.claim(JOB, due, me, T0, T0.plus(LEASE)));
            });
            assertThat(claims.stream().filter(Optional::isPresent).count()).as("round " + round).isEqualTo(1);
            JobRun winner = claims.stream().flatMap(Optional::stream).findFirst().orElseThrow();
            assertThat(find(JOB, due)).contains(winner);
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("of instances racing to take over an expired run, exactly one gets it")
    void racingTakeOvers() throws Exception {
        JobRun dead = claim("dead", T0).orElseThrow();
        Instant later = T0.plus(LEASE);
        List<Optional<JobRun>> claims = race(() -> {
            String me = "i-" + Thread.currentThread().getId();
            return runs(r -> r.claim(JOB, DUE, me, later, later.plus(LEASE)));
        });
        assertThat(claims.stream().filter(Optional::isPresent).count()).isEqualTo(1);
        JobRun winner = claims.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertThat(winner.attempt()).isEqualTo(2);
        assertThat(find(JOB, DUE)).contains(winner);
        assertThat(update(dead.finished(1, 0, later, Optional.empty()))).isFalse();
    }
}
