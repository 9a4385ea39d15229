package io.crmkit.interaction.internal;

import io.crmkit.customer.CustomerId;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.Interactions;
import io.crmkit.shared.PageRequest;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.timeline.TimelineEntry;
import io.crmkit.timeline.TimelinePosition;
import io.crmkit.timeline.service.TimelineSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer's interactions on the timeline, as {@value TimelineEntry#INTERACTION} entries at
 * the time they happened, titled by their kind, with attributes {@code kind}, {@code duration}
 * (ISO-8601), {@code contacts}, {@code users} (comma-separated ids), {@code summary} and, when
 * linked, {@code opportunityId} and {@code ticketId}.
 */
public final class InteractionTimelineSource implements TimelineSource {

    /** Creates the source. */
    public InteractionTimelineSource() {
    }

    @Override
    public List<TimelineEntry> entries(StorageTransaction tx, CustomerId customer, Optional<TimelinePosition> after,
                                       int limit) {
        PageRequest page = new PageRequest(limit, after.map(TimelinePosition::encode));
        return tx.port(Interactions.class).ofCustomer(customer, page).items().stream().map(InteractionTimelineSource::entry).toList();
    }

    private static TimelineEntry entry(Interaction i) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", i.kind());
        attributes.put("duration", i.duration().toString());
        attributes.put("contacts", String.join(",", i.contacts().stream().map(Object::toString).toList()));
        attributes.put("users", String.join(",", i.users().stream().map(Object::toString).toList()));
        attributes.put("summary", i.summary());
        i.opportunityId().ifPresent(o -> attributes.put("opportunityId", o));
        i.ticketId().ifPresent(t -> attributes.put("ticketId", t));
        return new TimelineEntry(TimelineEntry.INTERACTION, i.id().value(), i.occurredAt(), i.recordedBy(), i.kind(),
                attributes);
    }
}
