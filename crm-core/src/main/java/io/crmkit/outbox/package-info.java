/**
 * The transactional outbox: domain events written in the same transaction as the change
 * that caused them, for delivery afterwards.
 */
package io.crmkit.outbox;
