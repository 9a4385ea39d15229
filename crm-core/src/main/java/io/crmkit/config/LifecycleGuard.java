package io.crmkit.config;

/**
 * What it takes to enter a lifecycle status.
 *
 * @param reasonRequired the change must say why (e.g. entering "lost")
 * @param administratorOnly only an administrator may make the change (e.g. entering "won" until
 *     opportunities can prove a won deal)
 */
public record LifecycleGuard(boolean reasonRequired, boolean administratorOnly) {

    /** No condition. */
    public static final LifecycleGuard NONE = new LifecycleGuard(false, false);
}
