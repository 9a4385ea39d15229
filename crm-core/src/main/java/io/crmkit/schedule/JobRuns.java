package io.crmkit.schedule;

import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Storage port for the runs of scheduled jobs, bound to one tenant and one transaction
 * (obtained from {@code tx.port(JobRuns.class)}). A run is keyed by job and due time within the
 * tenant.
 *
 * <p>Claims are leases, as the outbox's are: of several instances claiming one run at once, at
 * most one gets it, and a run held under a lease that has not ended is not handed out. The
 * caller claims in a short transaction of its own, so the claim is visible to every other
 * instance as soon as it commits.
 */
public interface JobRuns {

    /**
     * Claims the run of a job for a due time:
     * <ul>
     *   <li>if there is none, creates it ({@link JobRun#claimed}: running, attempt 1);</li>
     *   <li>if it is {@link JobRunStatus#RUNNING} and its lease ended at or before {@code now},
     *       takes it over ({@link JobRun#takenOver}: the next attempt, with the counts and the
     *       cursor it had);</li>
     *   <li>otherwise — held under a lease, finished or failed — changes nothing.</li>
     * </ul>
     * A take-over is a compare-and-set on the attempt the caller read, so of several callers
     * racing for one expired run one gets it.
     *
     * @param job the job's name
     * @param dueAt the slot
     * @param owner the claiming instance's id
     * @param now the current time
     * @param leaseUntil when the claim's lease ends, after {@code now}
     * @return the run as claimed, or empty if it is not the caller's to run
     * @throws io.crmkit.shared.ConflictException if a concurrent caller created the run first (the
     *         caller lost the race; its transaction must end by letting the exception out)
     */
    Optional<JobRun> claim(String job, Instant dueAt, String owner, Instant now, Instant leaseUntil);

    /**
     * Records a run's new state — progress, a renewed or released lease, its end — if the stored
     * run is still {@link JobRunStatus#RUNNING} under the same owner and attempt. Whether the
     * lease has ended is not checked: an owner whose lease ran out may go on until another
     * instance takes the run over.
     *
     * @param run the new state, of the same job, due time, owner and attempt as the claim it follows
     * @return {@code false} if the run is no longer the caller's (nothing changed)
     */
    boolean update(JobRun run);

    /**
     * Reads a run.
     *
     * @param job the job's name
     * @param dueAt the slot
     * @return the run, or empty
     */
    Optional<JobRun> find(String job, Instant dueAt);

    /**
     * The runs of a job, latest due time first, keyset paged; the cursor is
     * {@code Cursor.of(dueAt.toString()).encode()} of the last item.
     *
     * @param job the job's name
     * @param page page size and cursor
     * @return the page
     * @throws io.crmkit.shared.ValidationException if the cursor is not of that form
     */
    Page<JobRun> runs(String job, PageRequest page);
}
