/** The follow-up service: tasks, their results, queries, and the reminders scheduled in the outbox. */
package io.crmkit.followup.service;
