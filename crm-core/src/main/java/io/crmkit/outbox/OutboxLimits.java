package io.crmkit.outbox;

import io.crmkit.shared.TextRules;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The sizes the outbox stores, and the checks every adapter applies the same way.
 */
public final class OutboxLimits {
    /** The longest {@link OutboxMessage#reference()}. */
    public static final int MAX_REFERENCE_LENGTH = 200;
    /** The longest dispatcher id. */
    public static final int MAX_DISPATCHER_ID_LENGTH = 100;
    /** The longest error text kept; longer text is cut by {@link #errorText(String)}. */
    public static final int MAX_ERROR_LENGTH = 2000;

    private OutboxLimits() {
    }

    /**
     * Checks a reference.
     *
     * @param reference the reference
     * @return the reference
     * @throws IllegalArgumentException if it is empty or longer than {@value #MAX_REFERENCE_LENGTH}
     */
    public static String checkReference(String reference) {
        Objects.requireNonNull(reference, "reference");
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE_LENGTH) {
            throw new IllegalArgumentException("a reference is 1-" + MAX_REFERENCE_LENGTH + " characters but had "
                    + reference.length());
        }
        return reference;
    }

    /**
     * Checks a dispatcher id.
     *
     * @param dispatcherId the id
     * @return the id
     * @throws IllegalArgumentException if it is blank or longer than {@value #MAX_DISPATCHER_ID_LENGTH}
     */
    public static String checkDispatcherId(String dispatcherId) {
        Objects.requireNonNull(dispatcherId, "dispatcherId");
        if (dispatcherId.isBlank() || dispatcherId.length() > MAX_DISPATCHER_ID_LENGTH) {
            throw new IllegalArgumentException("a dispatcher id is 1-" + MAX_DISPATCHER_ID_LENGTH
                    + " characters, not blank, but was '" + dispatcherId + "' (" + dispatcherId.length() + " characters)");
        }
        return dispatcherId;
    }

    /**
     * An error text as stored: NUL characters (which PostgreSQL text cannot hold) replaced by
     * U+FFFD, and cut to {@value #MAX_ERROR_LENGTH} characters without splitting a surrogate pair.
     *
     * @param error the text
     * @return the text to store
     */
    public static String errorText(String error) {
        return TextRules.clipped(Objects.requireNonNull(error, "error"), MAX_ERROR_LENGTH);
    }

    /**
     * Checks the arguments of {@link OutboxDelivery#claim}, the same way in every adapter.
     *
     * @param dispatcherId who claims
     * @param now the current time
     * @param lease how long the claim holds
     * @param limit the most messages to claim
     * @throws IllegalArgumentException if the id, the lease or the limit is out of range
     */
    public static void checkClaim(String dispatcherId, Instant now, Duration lease, int limit) {
        checkDispatcherId(dispatcherId);
        Objects.requireNonNull(now, "now");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the lease must be positive but was " + lease);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
    }
}
