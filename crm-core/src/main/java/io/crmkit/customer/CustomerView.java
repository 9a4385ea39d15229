package io.crmkit.customer;

import io.crmkit.audit.AuditEntry;
import io.crmkit.shared.Page;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer as a person looks at it, read in one call: profile with contacts, the newest
 * page of its change history (continue with {@code CustomerService.history} and the page's
 * cursor), and each feature's part — open follow-up tasks, recent interactions, purchase
 * figures ({@code OpenTasks}, {@code RecentInteractions}, {@code PurchaseOverview}; later
 * opportunities and tickets). Every part is read in the same transaction, with a fixed number
 * of storage calls however much the customer has.
 *
 * @param customer the customer with its contacts
 * @param history the newest changes, newest first
 * @param parts the features' parts, one per feature that contributes one, in registration order
 */
public record CustomerView(Customer customer, Page<AuditEntry> history, List<CustomerViewPart> parts) {

    /**
     * Checks and copies the components.
     *
     * @param customer see {@link #customer()}
     * @param history see {@link #history()}
     * @param parts see {@link #parts()}
     */
    public CustomerView {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(history, "history");
        parts = List.copyOf(parts);
    }

    /**
     * The part of one feature.
     *
     * @param type the part's type, e.g. {@code OpenTasks.class}
     * @param <P> the part's type
     * @return the part, or empty if no feature contributed one of that type
     */
    public <P extends CustomerViewPart> Optional<P> part(Class<P> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
