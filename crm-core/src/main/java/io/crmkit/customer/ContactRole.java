package io.crmkit.customer;

/** The part a contact plays in the customer's buying decisions. */
public enum ContactRole {
    /** Signs off the purchase. */
    DECISION_MAKER,
    /** Shapes the decision without making it. */
    INFLUENCER,
    /** Uses the product or service day to day. */
    USER,
    /** Controls access to the decision makers. */
    GATEKEEPER
}
