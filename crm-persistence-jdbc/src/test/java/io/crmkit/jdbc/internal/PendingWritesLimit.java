package io.crmkit.jdbc.internal;

/**
 * {@link PendingWrites}' limit for the tests of other packages ({@code SentTogetherChecks}),
 * so the main code keeps {@code PendingWrites} package-private.
 */
public final class PendingWritesLimit {
    /** {@link PendingWrites#MOST_STATEMENTS}: the most statements sent in one text. */
    public static final int MOST_STATEMENTS = PendingWrites.MOST_STATEMENTS;

    private PendingWritesLimit() {
    }
}
