package io.crmkit.followup;

import io.crmkit.customer.CustomerViewPart;
import io.crmkit.shared.Page;
import java.util.Objects;

/**
 * The follow-up part of a customer's view: its open tasks, the earliest planned first, overdue
 * ones included. More than fit: continue with {@code FollowUpService.openOfCustomer} and the
 * page's cursor.
 *
 * @param tasks the first page of open tasks
 */
public record OpenTasks(Page<FollowUp> tasks) implements CustomerViewPart {
    /** How many open tasks the view shows. */
    public static final int SIZE = 10;

    /**
     * Checks the components.
     *
     * @param tasks see {@link #tasks()}
     */
    public OpenTasks {
        Objects.requireNonNull(tasks, "tasks");
    }
}
