/**
 * Delivering the outbox: {@link io.crmkit.outbox.dispatch.OutboxDispatcher} claims due
 * messages, hands notifications to the host's sender and domain events to its listener, and
 * records each outcome, retrying with back-off and keeping messages that exhausted their
 * attempts as dead letters.
 */
package io.crmkit.outbox.dispatch;
