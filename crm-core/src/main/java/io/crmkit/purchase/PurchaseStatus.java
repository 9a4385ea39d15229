package io.crmkit.purchase;

/** Whether a purchase counts in the customer's figures. */
public enum PurchaseStatus {
    /** Recorded (and possibly corrected): it counts. */
    ACTIVE,
    /** Cancelled by the host: kept for the record, never counted. */
    CANCELLED
}
