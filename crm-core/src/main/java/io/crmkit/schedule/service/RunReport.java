package io.crmkit.schedule.service;

import io.crmkit.schedule.JobRun;
import io.crmkit.shared.TenantId;
import java.util.Objects;

/**
 * One run a {@link JobRunner#runDue()} call worked on.
 *
 * @param tenant the tenant
 * @param run the run as this call left it: finished, failed, or still running when this instance
 *        lost its lease or was closed (another instance then goes on with it)
 * @param resumed whether this call took the run over from an instance whose lease had ended
 */
public record RunReport(TenantId tenant, JobRun run, boolean resumed) {

    /**
     * Checks the components.
     *
     * @param tenant see {@link #tenant()}
     * @param run see {@link #run()}
     * @param resumed see {@link #resumed()}
     */
    public RunReport {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(run, "run");
    }
}
