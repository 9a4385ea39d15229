package io.crmkit.customer;

import io.crmkit.audit.AuditEntry;
import io.crmkit.shared.Page;
import java.util.Objects;

/**
 * One customer as a person looks at it: profile with contacts, and the newest page of its
 * change history (continue with {@code CustomerService.history}). Later features add their
 * parts (interactions, opportunities, tickets) here.
 *
 * @param customer the customer with its contacts
 * @param history the newest changes, newest first
 */
public record CustomerView(Customer customer, Page<AuditEntry> history) {

    /**
     * Checks the components.
     *
     * @param customer see {@link #customer()}
     * @param history see {@link #history()}
     */
    public CustomerView {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(history, "history");
    }
}
