package io.crmkit.customer;

/**
 * One feature's part of a {@link CustomerView}: the customer's open tasks, recent interactions,
 * purchase figures, and later its opportunities and tickets. Each part is a record of its
 * feature's own package; a host picks one with {@link CustomerView#part(Class)}.
 */
public interface CustomerViewPart {
}
