/**
 * Running scheduled work: {@link io.crmkit.schedule.service.JobRunner} ({@code Crm.jobs()}),
 * called by the host's scheduler ({@code runDue()}) or looping on a thread of its own
 * ({@code start()}/{@code close()}); {@link io.crmkit.schedule.service.ScheduledJob}, what a
 * feature implements to have work done per tenant in pages on a schedule.
 */
package io.crmkit.schedule.service;
