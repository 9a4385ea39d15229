package io.crmkit.schedule.service;

import io.crmkit.config.JobSetting;
import io.crmkit.config.JobSettings;
import io.crmkit.schedule.JobRun;
import io.crmkit.schedule.JobRuns;
import io.crmkit.schedule.JobTenants;
import io.crmkit.schedule.internal.JobLoop;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.StorageException;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs crmkit's scheduled jobs: for every enabled job of the configuration's {@code jobs}
 * section and every tenant with customers, the run of the job's latest due time, if no instance
 * has run it yet. Obtain one from {@code Crm.jobs()} (or {@code Crm.jobs(options)}).
 *
 * <p>Two ways to drive it, both safe with any number of host instances (and threads) at once:
 * <ul>
 *   <li>the host's own scheduler calls {@link #runDue()}, say every few minutes;</li>
 *   <li>{@link #start()} runs a small loop on a daemon thread of its own, calling
 *       {@link #runDue()} every {@link JobOptions#pollInterval()}, and {@link #close()} stops it.</li>
 * </ul>
 *
 * <p>A run is the work of one job for one tenant at one due time. It is claimed with a lease
 * ({@link JobRuns#claim}), so one instance does it while the others skip it; it is worked off
 * page by page, each page in one transaction with the run's progress; an instance that dies
 * leaves its lease to end, and the next {@code runDue()} of any instance after that takes the
 * run over and resumes after the last recorded page. A due time that finished (or failed) is
 * never run again. Only the latest due time of a job is run: after a pause of three days a
 * daily job runs once, not three times.
 *
 * <pre>{@code
 * // the host's scheduler, e.g. every 5 minutes on every instance:
 * JobReport report = crm.jobs().runDue();
 * // or the built-in loop:
 * crm.jobs().start();   // Crm.close() stops it
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    /**
     * The tenant whose transaction the cross-tenant listing of tenants runs in: a transaction
     * needs one, and {@link JobTenants} does not read it. Not a valid tenant of a host by
     * convention only; nothing is written for it.
     */
    private static final TenantId LISTING = TenantId.of("crmkit.jobs");
    private static final int TENANT_PAGE = 500;

    private enum State { NEW, RUNNING, CLOSED }

    private final Storage storage;
    private final Clock clock;
    private final ZoneId zone;
    private final JobSettings settings;
    private final List<ScheduledJob> jobs;
    private final JobOptions options;
    private final RunExecutor executor;
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private volatile JobLoop loop;

    /**
     * Creates a runner. Hosts call {@code Crm.jobs()} instead.
     *
     * @param storage the storage
     * @param clock where time comes from
     * @param zone the deployment's time zone, in which schedules are wall-clock times
     * @param settings each job's schedule and whether it runs
     * @param jobs the jobs, each with settings in {@code settings}, names distinct
     * @param options how to run
     * @throws IllegalArgumentException if a job has no settings or two jobs share a name
     */
    public JobRunner(Storage storage, Clock clock, ZoneId zone, JobSettings settings, List<ScheduledJob> jobs,
                     JobOptions options) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.jobs = List.copyOf(jobs);
        this.options = Objects.requireNonNull(options, "options");
        Set<String> names = new HashSet<>();
        for (ScheduledJob job : this.jobs) {
            if (!names.add(job.name())) {
                throw new IllegalArgumentException("two scheduled jobs are named " + job.name());
            }
            if (settings.of(job.name()).isEmpty()) {
                throw new IllegalArgumentException("the jobs section has no settings for the job " + job.name());
            }
        }
        this.executor = new RunExecutor(storage, this::now, options.lease(), options.pageSize(),
                () -> state.get() == State.CLOSED);
    }

    /** {@return the options this runner runs with} */
    public JobOptions options() {
        return options;
    }

    /** {@return the names of the jobs this runner knows, enabled or not} */
    public List<String> jobNames() {
        return jobs.stream().map(ScheduledJob::name).toList();
    }

    /**
     * Runs what is due now: for every enabled job and every tenant with customers (that the
     * options' {@link JobOptions#tenants()} admit), claims the run of the job's latest due time
     * at or before now and works it off; a run another instance holds, or one already finished
     * or failed, is skipped. Returns when every claimed run has ended (or was lost or stopped).
     *
     * @return the runs this call worked on
     * @throws IllegalStateException if the runner is closed
     * @throws StorageException if the tenants cannot be listed
     */
    public JobReport runDue() {
        if (state.get() == State.CLOSED) {
            throw new IllegalStateException("the job runner is closed");
        }
        Instant now = now();
        List<Due> due = new ArrayList<>();
        for (ScheduledJob job : jobs) {
            JobSetting setting = settings.of(job.name()).orElseThrow();
            if (setting.enabled()) {
                due.add(new Due(job, setting.schedule().latestAtOrBefore(now, zone)));
            }
        }
        List<RunReport> runs = new ArrayList<>();
        if (due.isEmpty()) {
            return new JobReport(now, runs);
        }
        Optional<String> cursor = Optional.empty();
        do {
            PageRequest request = new PageRequest(TENANT_PAGE, cursor);
            Page<TenantId> tenants = storage.inTransaction(LISTING, tx -> tx.port(JobTenants.class).withCustomers(request));
            for (TenantId tenant : tenants.items()) {
                if (!options.tenants().test(tenant)) {
                    continue;
                }
                for (Due d : due) {
                    if (state.get() == State.CLOSED) {
                        return new JobReport(now, runs);
                    }
                    claim(d, tenant, now).ifPresent(run -> runs.add(new RunReport(tenant,
                            executor.run(d.job(), tenant, run), run.attempt() > 1)));
                }
            }
            cursor = tenants.next();
        } while (cursor.isPresent());
        return new JobReport(now, runs);
    }

    /** A job and the due time this round runs. */
    private record Due(ScheduledJob job, Instant at) {
    }

    private Optional<JobRun> claim(Due due, TenantId tenant, Instant now) {
        try {
            return storage.inTransaction(tenant, tx -> tx.port(JobRuns.class).claim(due.job().name(), due.at(),
                    options.owner(), now, now.plus(options.lease())));
        } catch (ConflictException e) {
            // Another instance created the run at the same moment: it is theirs.
            return Optional.empty();
        } catch (StorageException e) {
            // A claim that could not be made (e.g. a lock wait given up under contention) is left
            // for the next round; the other tenants go on.
            LOG.warn("job {} for tenant {}: claiming failed ({}); tried again next round", due.job().name(), tenant,
                    e.getClass().getName());
            return Optional.empty();
        }
    }

    /**
     * The runs of a job for one tenant, latest due time first.
     *
     * @param tenant the tenant
     * @param job the job's name
     * @param page page size and cursor
     * @return the page
     * @throws io.crmkit.shared.ValidationException if the cursor is not one this listing handed out
     */
    public Page<JobRun> runs(TenantId tenant, String job, PageRequest page) {
        Objects.requireNonNull(job, "job");
        return storage.inTransaction(tenant, tx -> tx.port(JobRuns.class).runs(job, page));
    }

    /**
     * When a job is next due after now, in the deployment's zone.
     *
     * @param job the job's name
     * @return the next due time, or empty if the job is disabled or unknown
     */
    public Optional<Instant> nextDue(String job) {
        return settings.of(job).filter(JobSetting::enabled).map(s -> s.schedule().nextAfter(now(), zone));
    }

    /**
     * Starts the built-in loop on a daemon thread: {@link #runDue()} every
     * {@link JobOptions#pollInterval()}; a round that fails is logged and tried again.
     *
     * @throws IllegalStateException if it was started before or is closed
     */
    public void start() {
        if (!state.compareAndSet(State.NEW, State.RUNNING)) {
            throw new IllegalStateException("the job runner can be started once, and not after close()");
        }
        JobLoop l = new JobLoop(options.owner(), () -> {
            if (state.get() != State.CLOSED) {
                runDue();
            }
        }, options.pollInterval());
        loop = l;
        l.start();
    }

    /**
     * Stops: the loop (if started) and any {@code runDue()} in progress stop after their current
     * page, giving up the run's lease so that another instance resumes it at once. Waits up to
     * the lease for the loop to end. Idempotent.
     */
    @Override
    public void close() {
        if (state.getAndSet(State.CLOSED) == State.CLOSED) {
            return;
        }
        JobLoop l = loop;
        if (l != null) {
            l.stop(options.lease());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
