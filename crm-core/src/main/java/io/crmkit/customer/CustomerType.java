package io.crmkit.customer;

/** Whether a customer is an organisation or a person. */
public enum CustomerType {
    /** A company, institution or other organisation. */
    COMPANY,
    /** A private person. */
    INDIVIDUAL
}
