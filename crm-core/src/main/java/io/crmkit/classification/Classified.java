package io.crmkit.classification;

import io.crmkit.customer.AboutCustomer;
import io.crmkit.customer.CustomerId;
import io.crmkit.event.EventType;
import java.time.Instant;
import java.util.Map;

/**
 * A classification or the value assessment changed one of the customer's tags. The host acts
 * on it, e.g. assigns an account manager when a customer enters the high-value group.
 * Aggregate type {@code customer}.
 *
 * @param customerId the customer
 * @param dimension the tag dimension, e.g. {@code value_tier} or {@code value_group}
 * @param from the value before ({@code ""} for none)
 * @param to the value now ({@code ""} for none)
 * @param note what the new value means: the rule's note or the value group's treatment
 * @param at when
 */
public record Classified(CustomerId customerId, String dimension, String from, String to, String note, Instant at)
        implements AboutCustomer {
    /** The published name and revision. */
    public static final EventType TYPE = new EventType("Classified", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public Map<String, Object> attributes() {
        return Map.of("dimension", dimension, "from", from, "to", to, "note", note);
    }
}
