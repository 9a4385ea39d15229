/**
 * Scheduled work: jobs that run per tenant, in pages, when their schedule is due — the model of
 * a job's runs ({@link io.crmkit.schedule.JobRun}, one per job, tenant and due time) and the
 * storage ports that keep them ({@link io.crmkit.schedule.JobRuns}) and list the tenants jobs
 * run for ({@link io.crmkit.schedule.JobTenants}). Runs are driven by
 * {@code io.crmkit.schedule.service.JobRunner}, obtained from {@code Crm.jobs()}.
 */
package io.crmkit.schedule;
