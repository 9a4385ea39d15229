package io.crmkit.customer;

import io.crmkit.shared.TenantId;

/**
 * Whether a customer has a won deal: what the lifecycle guard {@code wonDealOrAdministrator}
 * asks before a customer may enter a status such as "won". Until crmkit has opportunities of its
 * own, the host answers from its order or opportunity system ({@code Crm.builder().wonDeals(...)});
 * without an answer ({@link #none()}) only an administrator may enter such a status.
 *
 * <p>Called inside the change's transaction; implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface WonDeals {

    /**
     * Whether the customer has at least one won deal.
     *
     * @param tenant the tenant
     * @param customer the customer
     * @return {@code true} if it has
     */
    boolean hasWonDeal(TenantId tenant, CustomerId customer);

    /** {@return the answer of a deployment that knows no deals: never} */
    static WonDeals none() {
        return (tenant, customer) -> false;
    }
}
