package io.crmkit.config;

/**
 * What it takes to enter a lifecycle status.
 *
 * @param reasonRequired the change must say why (e.g. entering "lost")
 * @param administratorOnly only an administrator may make the change
 * @param wonDealOrAdministrator the customer must have a won deal (asked of
 *     {@code io.crmkit.customer.WonDeals}), or an administrator makes the change (e.g. entering "won")
 */
public record LifecycleGuard(boolean reasonRequired, boolean administratorOnly, boolean wonDealOrAdministrator) {

    /** No condition. */
    public static final LifecycleGuard NONE = new LifecycleGuard(false, false, false);
}
