package io.crmkit.outbox.dispatch;

/**
 * What one dispatch round (or a dispatcher's life so far) did.
 *
 * @param claimed messages claimed
 * @param delivered messages delivered and marked so
 * @param retried messages whose attempt failed and that wait for another
 * @param dead messages whose last allowed attempt failed, now dead letters
 * @param lostClaims messages whose outcome could not be recorded: the lease ran out and
 *                   another dispatcher claimed them, or the store failed while marking. They
 *                   are delivered again after their lease (delivery is at-least-once).
 */
public record DispatchReport(int claimed, int delivered, int retried, int dead, int lostClaims) {
    /** Nothing done. */
    public static final DispatchReport EMPTY = new DispatchReport(0, 0, 0, 0, 0);
}
