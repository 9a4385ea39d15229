package io.crmkit.schedule.service;

import io.crmkit.schedule.JobLimits;
import io.crmkit.schedule.JobRun;
import io.crmkit.schedule.JobRunStatus;
import io.crmkit.schedule.JobRuns;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off one claimed run, page by page. Each page is one transaction that does the page's
 * work and records the run's progress (counts, cursor, renewed lease) conditionally on the run
 * still being this instance's: a page is kept exactly when the cursor moves past it, and a page
 * done after another instance took the run over rolls back.
 *
 * <p>A page that throws is done again item by item, each item in its own transaction, and an
 * item that still throws is stepped over and counted as failed, so one bad item does not stop a
 * tenant's run. Only when even stepping over fails (the store is gone) does the run fail. An
 * {@link Error} is not caught: like a crash, it leaves the run to its lease, and another
 * instance resumes it.
 */
final class RunExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(RunExecutor.class);

    private final Storage storage;
    private final Supplier<Instant> clock;
    private final Duration lease;
    private final int pageSize;
    private final BooleanSupplier stopping;

    /**
     * Creates the executor of one runner.
     *
     * @param storage the storage
     * @param clock the current time, at microsecond precision
     * @param lease how long each recorded page extends the lease
     * @param pageSize the items per page
     * @param stopping whether the runner is closing (checked between pages)
     */
    RunExecutor(Storage storage, Supplier<Instant> clock, Duration lease, int pageSize, BooleanSupplier stopping) {
        this.storage = storage;
        this.clock = clock;
        this.lease = lease;
        this.pageSize = pageSize;
        this.stopping = stopping;
    }

    /**
     * Runs a claimed run until it finishes, fails, is lost to another instance or the runner closes.
     *
     * @param job the job
     * @param tenant the tenant
     * @param claimed the run as claimed
     * @return the run as last recorded by this instance
     */
    JobRun run(ScheduledJob job, TenantId tenant, JobRun claimed) {
        TenantWork work;
        try {
            work = job.begin(tenant, claimed);
        } catch (RuntimeException e) {
            return fail(tenant, claimed, e);
        }
        JobRun run = claimed;
        while (run.status() == JobRunStatus.RUNNING) {
            if (stopping.getAsBoolean()) {
                return release(tenant, run);
            }
            try {
                run = page(tenant, run, work, pageSize);
            } catch (LostLease e) {
                return lost(tenant, run);
            } catch (RuntimeException pageFailure) {
                LOG.warn("job {} for tenant {}: a page failed ({}); doing its items one by one", run.job(), tenant,
                        pageFailure.getClass().getName());
                try {
                    run = itemByItem(tenant, run, work);
                } catch (LostLease e) {
                    return lost(tenant, run);
                } catch (RuntimeException e) {
                    return fail(tenant, run, e);
                }
            }
        }
        LOG.info("job {} for tenant {} (due {}) {}: {} processed, {} failed, attempt {}", run.job(), tenant, run.dueAt(),
                run.status().name().toLowerCase(java.util.Locale.ROOT), run.processed(), run.failed(), run.attempt());
        return run;
    }

    /** Up to a page of items, one transaction each; an item that fails is stepped over. Throws if stepping fails. */
    private JobRun itemByItem(TenantId tenant, JobRun start, TenantWork work) {
        JobRun run = start;
        for (int i = 0; i < pageSize && run.status() == JobRunStatus.RUNNING; i++) {
            try {
                run = page(tenant, run, work, 1);
            } catch (LostLease e) {
                throw e;
            } catch (RuntimeException itemFailure) {
                run = stepOver(tenant, run, work, itemFailure);
            }
        }
        return run;
    }

    private JobRun page(TenantId tenant, JobRun run, TenantWork work, int size) {
        return storage.inTransaction(tenant, tx -> {
            WorkPage page = work.page(tx, run.resumeAfter(), size);
            Instant now = clock.get();
            JobRun next = page.next().map(c -> run.advanced(page.processed(), 0, c, now.plus(lease), Optional.empty()))
                    .orElseGet(() -> run.finished(page.processed(), 0, now, Optional.empty()));
            record(tx.port(JobRuns.class), next);
            return next;
        });
    }

    private JobRun stepOver(TenantId tenant, JobRun run, TenantWork work, RuntimeException failure) {
        Optional<String> error = Optional.of(describe(failure));
        LOG.warn("job {} for tenant {}: an item failed ({}); stepping over it", run.job(), tenant,
                failure.getClass().getName());
        return storage.inTransaction(tenant, tx -> {
            Optional<String> after = work.skip(tx, run.resumeAfter());
            Instant now = clock.get();
            JobRun next = after.map(c -> run.advanced(0, 1, c, now.plus(lease), error))
                    .orElseGet(() -> run.finished(0, 1, now, error));
            record(tx.port(JobRuns.class), next);
            return next;
        });
    }

    private static void record(JobRuns runs, JobRun next) {
        if (!runs.update(next)) {
            throw new LostLease();
        }
    }

    private JobRun fail(TenantId tenant, JobRun run, RuntimeException failure) {
        LOG.warn("job {} for tenant {} (due {}) failed ({})", run.job(), tenant, run.dueAt(), failure.getClass().getName());
        JobRun failed = run.failedWith(clock.get(), describe(failure));
        return recordQuietly(tenant, run, failed);
    }

    /** Gives the lease up at once, so that any instance may go on with the run without waiting for it to end. */
    private JobRun release(TenantId tenant, JobRun run) {
        LOG.info("job {} for tenant {}: stopping; the run is left for another instance to resume", run.job(), tenant);
        return recordQuietly(tenant, run, run.released(clock.get()));
    }

    private JobRun lost(TenantId tenant, JobRun run) {
        LOG.info("job {} for tenant {}: taken over by another instance after this one's lease ended", run.job(), tenant);
        return run;
    }

    /** Records a last state; if that fails too, the run is left to its lease. */
    private JobRun recordQuietly(TenantId tenant, JobRun run, JobRun next) {
        try {
            boolean mine = storage.inTransaction(tenant, tx -> tx.port(JobRuns.class).update(next));
            return mine ? next : run;
        } catch (RuntimeException e) {
            LOG.warn("job {} for tenant {}: could not record the run ({}); it is resumed after its lease", run.job(),
                    tenant, e.getClass().getName());
            return run;
        }
    }

    /** The error as stored: the exception's class and message (crmkit's messages carry no bound values), no stack trace. */
    static String describe(RuntimeException failure) {
        return JobLimits.errorText(failure.getClass().getName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }
}
