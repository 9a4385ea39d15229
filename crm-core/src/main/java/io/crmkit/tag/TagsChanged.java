package io.crmkit.tag;

import io.crmkit.customer.AboutCustomer;
import io.crmkit.customer.CustomerId;
import io.crmkit.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A customer's tags in one dimension changed through the tag service (changes made by
 * classification are {@code Classified} events of their own). Aggregate type {@code customer}.
 *
 * @param customerId the customer
 * @param dimension the tag dimension
 * @param added the values added, in order
 * @param removed the values removed, in order
 * @param at when
 */
public record TagsChanged(CustomerId customerId, String dimension, List<String> added, List<String> removed, Instant at)
        implements AboutCustomer {
    /** The published name and revision. */
    public static final EventType TYPE = new EventType("TagsChanged", 1);

    /**
     * Copies the lists.
     *
     * @param customerId see {@link #customerId()}
     * @param dimension see {@link #dimension()}
     * @param added see {@link #added()}
     * @param removed see {@link #removed()}
     * @param at see {@link #at()}
     */
    public TagsChanged {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public Map<String, Object> attributes() {
        return Map.of("dimension", dimension, "added", added, "removed", removed);
    }
}
