package io.crmkit.schedule.service;

import io.crmkit.schedule.JobRun;
import io.crmkit.shared.TenantId;

/**
 * Work crmkit does on a schedule for every tenant with customers: implemented by the features
 * that have such work (reclassification: {@code io.crmkit.classification.service.ReclassificationJob}),
 * run by {@link JobRunner}. A job is stateless; what one tenant's run needs it builds in
 * {@link #begin}.
 */
public interface ScheduledJob {

    /**
     * The job's stable name: its key in the configuration's {@code jobs} section and in the run
     * records.
     *
     * @return lower-case letters, digits or {@code _}, 1 to 63 characters
     */
    String name();

    /**
     * Starts a tenant's run, or resumes it after another instance's lease ended: prepares what
     * its pages need (rules compiled as of now, figures sampled). Called once per claim, outside
     * any transaction; it may read the tenant in transactions of its own.
     *
     * @param tenant the tenant
     * @param run the run as claimed: its due time, attempt and the cursor it resumes after
     * @return the work, page by page
     */
    TenantWork begin(TenantId tenant, JobRun run);
}
