package io.crmkit.outbox;

/** Where a message is in its delivery. */
public enum OutboxStatus {
    /** Waiting to be claimed, once its {@link OutboxMessage#availableAt()} has come. */
    PENDING,
    /** Claimed by a dispatcher until its lease ends; then claimable again. */
    CLAIMED,
    /** Delivered: the receiver accepted it. Final. */
    DELIVERED,
    /** Failed on every allowed attempt: kept until an administrator retries it. */
    DEAD,
    /** Cancelled before delivery (e.g. a reminder of a task that was cancelled or moved). Final. */
    CANCELLED
}
