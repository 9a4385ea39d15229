package io.crmkit.schedule.service;

/**
 * Thrown inside a page's transaction when the run's record was refused because another
 * instance took the run over: the page rolls back, so its work is done once, by the new owner.
 */
final class LostLease extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LostLease() {
        super("the run was taken over by another instance", null, false, false);
    }
}
