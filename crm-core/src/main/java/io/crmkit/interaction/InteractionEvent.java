package io.crmkit.interaction;

import io.crmkit.customer.CustomerId;
import java.time.Instant;

/**
 * Something that happened to an interaction, written to the outbox in the same transaction.
 * Events carry ids and codes, not the summary (which may hold personal data).
 *
 * @param type {@code InteractionLogged}, {@code InteractionCorrected} or {@code InteractionDeleted}
 * @param customerId the customer
 * @param interactionId the interaction
 * @param kind its kind
 * @param at when the change happened
 */
public record InteractionEvent(String type, CustomerId customerId, InteractionId interactionId, String kind, Instant at) {
    /** The event type of a new interaction. */
    public static final String LOGGED = "InteractionLogged";
    /** The event type of a correction. */
    public static final String CORRECTED = "InteractionCorrected";
    /** The event type of a deletion. */
    public static final String DELETED = "InteractionDeleted";
}
