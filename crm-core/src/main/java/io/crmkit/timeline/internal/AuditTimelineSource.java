package io.crmkit.timeline.internal;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
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
 * The customer's audit trail on the timeline: a lifecycle change as a {@value TimelineEntry#LIFECYCLE}
 * entry with {@code from}, {@code to} and {@code reason}; every other audited change (profile,
 * contacts, owner, tags, purchases, interaction corrections…) as an {@value TimelineEntry#AUDIT}
 * entry whose attributes are the changed fields' new values (empty text for a removed value).
 */
public final class AuditTimelineSource implements TimelineSource {
    private static final String CUSTOMER = Customer.ENTITY_TYPE;
    private static final String LIFECYCLE_ACTION = "customer.lifecycle_changed";

    /** Creates the source. */
    public AuditTimelineSource() {
    }

    @Override
    public List<TimelineEntry> entries(StorageTransaction tx, CustomerId customer, Optional<TimelinePosition> after,
                                       int limit) {
        PageRequest page = new PageRequest(limit, after.map(TimelinePosition::encode));
        return tx.port(AuditTrail.class).history(CUSTOMER, customer.toString(), page).items().stream()
                .map(AuditTimelineSource::entry).toList();
    }

    private static TimelineEntry entry(AuditEntry e) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (e.action().equals(LIFECYCLE_ACTION)) {
            for (FieldChange c : e.changes()) {
                if (c.field().equals("lifecycleStatus")) {
                    attributes.put("from", c.before().orElse(""));
                    attributes.put("to", c.after().orElse(""));
                }
            }
            e.changes().stream().filter(c -> c.field().equals("lifecycleReason")).findFirst()
                    .ifPresent(c -> attributes.put("reason", c.after().orElse("")));
            return new TimelineEntry(TimelineEntry.LIFECYCLE, e.id(), e.at(), e.actor(), e.action(), attributes);
        }
        for (FieldChange c : e.changes()) {
            attributes.put(c.field(), c.after().orElse(""));
        }
        return new TimelineEntry(TimelineEntry.AUDIT, e.id(), e.at(), e.actor(), e.action(), attributes);
    }
}
