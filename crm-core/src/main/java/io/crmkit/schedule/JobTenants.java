package io.crmkit.schedule;

import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;

/**
 * Storage port that lists the tenants scheduled jobs run for: those with at least one customer.
 *
 * <p>One of the few statements that read across tenants, as the outbox's claim is: the listing
 * is not restricted to the tenant of the transaction it is obtained from (crmkit obtains it in
 * a transaction of its own, whose tenant it does not read), and it reads nothing of a tenant
 * but its id.
 */
public interface JobTenants {

    /**
     * The tenants with at least one customer, in the store's order of tenant ids (ascending; in
     * memory, the ids' {@code String} order), each once, keyset paged; the cursor is
     * {@code Cursor.of(tenantId.value()).encode()} of the last item.
     *
     * @param page page size and cursor
     * @return the page
     * @throws io.crmkit.shared.ValidationException if the cursor is not of that form
     */
    Page<TenantId> withCustomers(PageRequest page);
}
