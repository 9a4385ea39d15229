package io.crmkit.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a scheduled job for one tenant: the work due at one slot of the job's schedule.
 * A job, tenant and due time have at most one run, so a due time is worked off once; the run
 * moves from {@link JobRunStatus#RUNNING} to {@link JobRunStatus#FINISHED} or
 * {@link JobRunStatus#FAILED} and stays there.
 *
 * <p>A running run is leased: its {@code owner} (the id of a host instance) holds it until
 * {@code leaseUntil}, renewing the lease with every page it records. When the lease has ended
 * without the run being recorded further — the instance died or hangs — another instance takes
 * it over ({@code attempt} one higher) and resumes after {@code resumeAfter}. A record is
 * accepted only from the owner of the current attempt, so an instance that lost its run cannot
 * record over its successor.
 *
 * @param job the job's name, e.g. {@code reclassification}
 * @param dueAt the slot of the schedule this run works off
 * @param status where it stands
 * @param owner the instance that holds (or last held) it, 1 to {@value JobLimits#MAX_OWNER_LENGTH} characters
 * @param attempt 1 for the first claim, one more for every take-over
 * @param leaseUntil while running, when the owner's lease ends; empty once it has ended
 * @param startedAt when it was first claimed
 * @param finishedAt when it finished or failed; empty while running
 * @param processed how many items (customers, for reclassification) were done, over all attempts
 * @param failed how many items failed and were stepped over
 * @param resumeAfter the job's cursor after the last item done; empty before the first page
 * @param lastError the last error (exception class and message, no stack trace), if any
 */
public record JobRun(String job, Instant dueAt, JobRunStatus status, String owner, int attempt,
                     Optional<Instant> leaseUntil, Instant startedAt, Optional<Instant> finishedAt, long processed,
                     long failed, Optional<String> resumeAfter, Optional<String> lastError) {

    /**
     * Checks the components.
     *
     * @param job see {@link #job()}
     * @param dueAt see {@link #dueAt()}
     * @param status see {@link #status()}
     * @param owner see {@link #owner()}
     * @param attempt see {@link #attempt()}
     * @param leaseUntil see {@link #leaseUntil()}
     * @param startedAt see {@link #startedAt()}
     * @param finishedAt see {@link #finishedAt()}
     * @param processed see {@link #processed()}
     * @param failed see {@link #failed()}
     * @param resumeAfter see {@link #resumeAfter()}
     * @param lastError see {@link #lastError()}
     * @throws IllegalArgumentException if a value is out of range, or a running run has no lease
     *         or a finish time, or an ended run has a lease or no finish time
     */
    public JobRun {
        JobLimits.checkName(job);
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
        JobLimits.checkOwner(owner);
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(resumeAfter, "resumeAfter").ifPresent(JobLimits::checkCursor);
        lastError = Objects.requireNonNull(lastError, "lastError").map(JobLimits::errorText);
        if (attempt < 1 || processed < 0 || failed < 0) {
            throw new IllegalArgumentException("a run's attempt is at least 1 and its counts not negative");
        }
        boolean running = status == JobRunStatus.RUNNING;
        if (running != leaseUntil.isPresent() || running == finishedAt.isPresent()) {
            throw new IllegalArgumentException("a running run has a lease and no finish time; an ended one the reverse");
        }
    }

    /**
     * A run as first claimed: running, attempt 1, nothing done yet.
     *
     * @param job the job
     * @param dueAt the slot
     * @param owner who claims it
     * @param now when
     * @param leaseUntil when the claim's lease ends
     * @return the run
     */
    public static JobRun claimed(String job, Instant dueAt, String owner, Instant now, Instant leaseUntil) {
        return new JobRun(job, dueAt, JobRunStatus.RUNNING, owner, 1, Optional.of(leaseUntil), now, Optional.empty(),
                0, 0, Optional.empty(), Optional.empty());
    }

    /**
     * This run taken over by another claim after its lease ended: the next attempt, with what
     * was done so far.
     *
     * @param newOwner who takes it over
     * @param newLeaseUntil when the new lease ends
     * @return the run
     */
    public JobRun takenOver(String newOwner, Instant newLeaseUntil) {
        return new JobRun(job, dueAt, JobRunStatus.RUNNING, newOwner, attempt + 1, Optional.of(newLeaseUntil), startedAt,
                Optional.empty(), processed, failed, resumeAfter, lastError);
    }

    /**
     * This run after a page, still running with a renewed lease.
     *
     * @param done items done in the page
     * @param stepped items that failed and were stepped over
     * @param cursor the cursor after the page
     * @param newLeaseUntil when the renewed lease ends
     * @param error the error of a stepped-over item, or empty to keep the last one
     * @return the run
     */
    public JobRun advanced(long done, long stepped, String cursor, Instant newLeaseUntil, Optional<String> error) {
        return new JobRun(job, dueAt, status, owner, attempt, Optional.of(newLeaseUntil), startedAt, finishedAt,
                processed + done, failed + stepped, Optional.of(cursor), error.or(() -> lastError));
    }

    /**
     * This run with its last page done.
     *
     * @param done items done in the last page
     * @param stepped items of it that failed and were stepped over
     * @param at when
     * @param error the error of a stepped-over item, or empty to keep the last one
     * @return the finished run
     */
    public JobRun finished(long done, long stepped, Instant at, Optional<String> error) {
        return new JobRun(job, dueAt, JobRunStatus.FINISHED, owner, attempt, Optional.empty(), startedAt,
                Optional.of(at), processed + done, failed + stepped, resumeAfter, error.or(() -> lastError));
    }

    /**
     * This run stopped by an error.
     *
     * @param at when
     * @param error what went wrong
     * @return the failed run, keeping its counts and cursor
     */
    public JobRun failedWith(Instant at, String error) {
        return new JobRun(job, dueAt, JobRunStatus.FAILED, owner, attempt, Optional.empty(), startedAt, Optional.of(at),
                processed, failed, resumeAfter, Optional.of(error));
    }

    /**
     * This run with its lease given up at once (its owner is shutting down), so that any
     * instance may take it over without waiting for the lease to end.
     *
     * @param at when
     * @return the run, still running, its lease ending at {@code at}
     */
    public JobRun released(Instant at) {
        return new JobRun(job, dueAt, status, owner, attempt, Optional.of(at), startedAt, finishedAt, processed, failed,
                resumeAfter, lastError);
    }
}
